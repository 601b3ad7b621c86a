/**
 * A stored corpus updated with new pages (update/update.ts) must be the corpus a fresh assembly
 * of all the pages gives, byte for byte: articles, entities, boilerplate, warnings, and the rows
 * the stored corpus answers queries from. Each case compares the corpus made through a cache
 * that can update (A) with the one assembled afresh through another (B, whose stored corpora and
 * update state are cleared before each question, its page readings kept). Runs the built code.
 */
import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnalysisCache } from '../dist/cache.js';
import { analyzeInputs } from '../dist/engine.js';
import { listInputs } from '../dist/load.js';
import type { Corpus } from '../src/types.js';
import { REF, ROOT } from './helpers/seeds.js';
import { scratchDir } from './helpers/scratch.js';

/** What a stored corpus gives: its JSON, and what its indexes answer. */
function answers(corpus: Corpus): string {
  const index = corpus.index!;
  expect(index).toBeDefined();
  return JSON.stringify([corpus, index.articles({}).map((a) => a.id), index.dates({}), [...index.dateCounts({})], index.entities('person').map((e) => e.name), index.articles({ organizations: new Set(['Organization of Islamic Cooperation']) }).map((a) => a.id)]);
}

/** An archive in a folder, asked about through an updating cache (with `jobs` threads) and a fresh one. */
function archive(jobs = 1, workerHeapMb?: number, readerSnapshot?: string | null) {
  const dir = join(scratchDir('icesco-update-'), 'pages');
  mkdirSync(dir);
  const updating = new AnalysisCache(scratchDir('icesco-update-a-'));
  const fresh = new AnalysisCache(scratchDir('icesco-update-b-'));
  const notes: string[] = [];
  return {
    dir,
    notes,
    updating,
    write(name: string, text: string) {
      writeFileSync(join(dir, name), text);
      // (An hour old: a file changed in the last second is not fingerprinted, and would be read again.)
      const then = new Date(Date.now() - 3_600_000);
      utimesSync(join(dir, name), then, then);
    },
    /** Asks both caches; returns the updating one's corpus after checking it against the fresh one's. */
    async ask(today = REF): Promise<Corpus> {
      const listing = listInputs([dir]);
      const updated = await analyzeInputs(listing, { cache: updating, jobs, today, workerHeapMb, readerSnapshot, updated: (n: string) => notes.push(n) });
      const db = fresh.database();
      for (const t of ['update_head', 'corpora', 'articles', 'entities', 'date_mentions', 'inputs']) db.prepare(`DELETE FROM ${t}`).run();
      const assembled = await analyzeInputs(listing, { cache: fresh, jobs: 1, today });
      if (process.env.DUMP && answers(updated) !== answers(assembled)) { writeFileSync('/tmp/upd.json', JSON.stringify(JSON.parse(answers(updated)), null, 1)); writeFileSync('/tmp/fre.json', JSON.stringify(JSON.parse(answers(assembled)), null, 1)); console.log(notes.at(-1)); }
      expect(answers(updated)).toBe(answers(assembled));
      return updated;
    },
    close() {
      updating.close();
      fresh.close();
    },
  };
}

/** A news page of one article: a headline, a dateline and its paragraphs. */
const page = (title: string, ...paragraphs: string[]) => `${title}\n\nRabat, 12 March 2025\n\n${paragraphs.join('\n\n')}\n`;

describe('updating a stored corpus with new pages', () => {
  it('adds a page: its articles, and the entities of old articles that its names change', { timeout: 60_000 }, async () => {
    const a = archive();
    a.write('p1.txt', page('ICESCO and the OIC Discuss Cooperation in Education', 'The Islamic World Educational, Scientific and Cultural Organization (ICESCO) received a delegation of the Organization of Islamic Cooperation (OIC) to discuss joint programmes in education and culture.', 'Mr. AlMalik welcomed the delegation and stressed the importance of cooperation between the two organizations in the coming years.'));
    a.write('p2.txt', page('ICESCO Launches a Heritage Programme in Rabat', 'ICESCO launched a new programme for the protection of heritage sites in the Islamic world, with the participation of experts from several member states.', 'The programme will train young professionals in documentation and conservation techniques over two years.'));
    await a.ask();
    // A later page names the Director-General in full, and defines the OIC's name twice in another spelling.
    a.write('p3.txt', page('ICESCO Director-General Meets OIC Secretary-General', 'Dr. Salim M. AlMalik, Director-General of ICESCO, met the Secretary-General of the Organisation of Islamic Cooperation (OIC) in Jeddah on Monday.', 'The two sides reviewed the cooperation between ICESCO and the Organisation of Islamic Cooperation (OIC) in science and technology.'));
    const corpus = await a.ask();
    expect(a.notes.at(-1)).toMatch(/^updated: /);
    const first = corpus.articles.find((x) => x.source.endsWith('p1.txt'))!;
    // The lone "AlMalik" of the first page is now the full name seen elsewhere; the OIC is named as it is defined.
    expect(first.people.map((p) => p.name)).toContain('Salim M. AlMalik');
    expect(first.organizations.map((o) => o.name)).toContain('Organisation of Islamic Cooperation');
    a.close();
  });

  it('renames an old article\'s person that a new page writes more often in another spelling (a name the new page does not write)', { timeout: 60_000 }, async () => {
    const a = archive();
    a.write('p1.txt', page('ICESCO Hosts a Forum on Digital Education', 'Dr. Abdelillah Benkirane opened a forum on digital education at the headquarters of ICESCO in Rabat, with experts from twelve member states.', 'The forum discussed the training of teachers and the use of open educational resources in schools.'));
    await a.ask();
    a.write('p2.txt', page('Forum on Digital Education Concludes in Rabat', 'Abdelilah Benkirane closed the forum on digital education and thanked the experts for their contributions to its work.', 'Abdelilah Benkirane announced that the next forum would be held in Baku in the autumn.'));
    const corpus = await a.ask();
    expect(a.notes.at(-1)).toMatch(/^updated: .*[1-9]\d* read again for their entities/);
    const first = corpus.articles.find((x) => x.source.endsWith('p1.txt'))!;
    // (One person, named by the spelling written most often: now the new page's.)
    expect(first.people.map((p) => p.name)).toEqual(['Abdelilah Benkirane']);
    a.close();
  });

  it('moves an old article\'s lone family name to the person new pages make the likeliest to bear it', { timeout: 60_000 }, async () => {
    const a = archive();
    a.write('p1.txt', page('ICESCO Signs an Agreement with a Moroccan University', 'Karim Benkirane, President of the university, signed an agreement with ICESCO on scholarships for students from member states.'));
    a.write('p2.txt', page('Scholarship Programme Opens in Rabat', 'Mr. Benkirane said that the first students would arrive in Rabat in the autumn, and thanked the partners of the programme.'));
    expect((await a.ask()).articles.find((x) => x.source.endsWith('p2.txt'))!.people.map((p) => p.name)).toEqual(['Karim Benkirane']);
    a.write('p3.txt', page('Forum on Digital Education Opens in Rabat', 'Abdelilah Benkirane opened a forum on digital education at the headquarters of ICESCO in Rabat.'));
    a.write('p4.txt', page('Forum on Digital Education Concludes in Rabat', 'Abdelilah Benkirane closed the forum on digital education and thanked the experts for their work.'));
    const corpus = await a.ask();
    expect(a.notes.at(-1)).toMatch(/^updated: .*[1-9]\d* read again for their entities/);
    // (A family name alone, outside the articles of its full names, means the one written in most articles.)
    expect(corpus.articles.find((x) => x.source.endsWith('p2.txt'))!.people.map((p) => p.name)).toEqual(['Abdelilah Benkirane']);
    a.close();
  });

  it.each([
    ['the reader process', undefined],
    ['a worker thread', null],
  ])('analyses a new page in %s while it reads the old corpus ahead, and gives the same', { timeout: 60_000 }, async (where, snapshot) => {
    const a = archive(2, undefined, snapshot);
    a.write('p1.txt', page('ICESCO and the OIC Discuss Cooperation in Education', 'The Islamic World Educational, Scientific and Cultural Organization (ICESCO) received a delegation of the Organization of Islamic Cooperation (OIC) to discuss joint programmes in education and culture.', 'Mr. AlMalik welcomed the delegation.'));
    await a.ask();
    a.write('p2.txt', page('ICESCO Director-General Meets OIC Secretary-General', 'Dr. Salim M. AlMalik, Director-General of ICESCO, met the Secretary-General of the Organisation of Islamic Cooperation (OIC) in Jeddah on Monday.'));
    await a.ask();
    expect(a.notes.at(-1)).toMatch(/^updated: .*\(new articles analysed in (.*) meanwhile\)$/);
    expect(a.notes.at(-1)).toContain(`in ${where} meanwhile`);
    a.close();
  });

  it('gives the same when the reader process cannot start (its articles are read in this thread)', { timeout: 60_000 }, async () => {
    const bad = join(scratchDir('icesco-update-reader-'), 'reader.blob');
    writeFileSync(bad, 'not a snapshot');
    const a = archive(2, undefined, bad);
    a.write('p1.txt', page('ICESCO and the OIC Discuss Cooperation in Education', 'The Islamic World Educational, Scientific and Cultural Organization (ICESCO) received a delegation of the Organization of Islamic Cooperation (OIC) on Monday.'));
    await a.ask();
    a.write('p2.txt', page('ICESCO Director-General Meets OIC Secretary-General', 'Dr. Salim M. AlMalik, Director-General of ICESCO, met the Secretary-General of the OIC in Jeddah on 3 June 2025.'));
    const corpus = await a.ask();
    expect(a.notes.at(-1)).toMatch(/^updated: .*\(new articles analysed in the reader process meanwhile\)$/);
    expect(corpus.articles.find((x) => x.source.endsWith('p2.txt'))!.people.map((p) => p.name)).toContain('Salim M. AlMalik');
    a.close();
  });

  it('gives the same when the worker runs out of memory while the main thread reads the dates', { timeout: 60_000 }, async () => {
    // (A 2 MB heap: the worker runs out of memory loading the parsers. Once it has been given work,
    // as here, the article is read whole in this thread; before, the update would be given up.)
    const a = archive(2, 2);
    a.write('p1.txt', page('ICESCO and the OIC Discuss Cooperation in Education', 'The Islamic World Educational, Scientific and Cultural Organization (ICESCO) received a delegation of the Organization of Islamic Cooperation (OIC) on Monday.'));
    await a.ask();
    a.write('p2.txt', page('ICESCO Director-General Meets OIC Secretary-General', 'Dr. Salim M. AlMalik, Director-General of ICESCO, met the Secretary-General of the OIC in Jeddah on 3 June 2025.'));
    const corpus = await a.ask();
    expect(a.notes.at(-1)).toMatch(/^(?:not )?updated: /);
    expect(corpus.articles.map((x) => x.date)).toEqual(['2025-03-12', '2025-03-12']);
    a.close();
  });

  it('carries the corpus to a new day when the day finds every year it found from a weekday as before, and assembles afresh when one moves', { timeout: 60_000 }, async () => {
    const a = archive();
    // A dateline without a year: its year is the latest, up to the day, in which 18 September
    // fell on a Thursday (2025, and next in 2031).
    a.write('p1.txt', 'ICESCO Holds a Forum on Heritage\n\nRabat, Thursday 18 September\n\nICESCO held a forum on the protection of heritage sites in the Islamic world with experts from several member states.\n');
    a.write('p2.txt', page('ICESCO Launches a Heritage Programme in Rabat', 'ICESCO launched a new programme for the protection of heritage sites in the Islamic world.'));
    const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
    const dateOf = (c: Corpus) => c.articles.find((x) => x.source.endsWith('p1.txt'))!.date;
    expect(dateOf(await a.ask(day('2031-09-10')))).toBe('2025-09-18');
    // The next day: nothing moves, and the same pages are an update of the day alone.
    expect(dateOf(await a.ask(day('2031-09-11')))).toBe('2025-09-18');
    expect(a.notes.at(-1)).toBe('updated: a new day (2031-09-11), the same pages: the corpus is as it was');
    // A new day and a new page.
    a.write('p3.txt', page('ICESCO Opens a Centre in Baku', 'ICESCO opened a centre for heritage in Baku, Azerbaijan, where experts from the member states will teach documentation and conservation.', 'ICESCO said the centre will open in May.'));
    await a.ask(day('2031-09-12'));
    expect(a.notes.at(-1)).toMatch(/^updated: a new day \(2031-09-12\), 1 new articles kept/);
    // On 18 September 2031 the dateline's year moves: assembled afresh.
    expect(dateOf(await a.ask(day('2031-09-18')))).toBe('2031-09-18');
    expect(a.notes.at(-1)).toBe('not updated: the day moves a year found from a weekday');
    a.close();
  });

  it('appends a later page\'s mentions to the entities it shares with the old pages, as a fresh assembly lists them', { timeout: 60_000 }, async () => {
    const a = archive();
    a.write('p1.txt', page('ICESCO and UNESCO Sign an Agreement', 'ICESCO and UNESCO signed an agreement in Rabat to protect heritage in the Islamic world.', 'The Islamic World Educational, Scientific and Cultural Organization (ICESCO) will lead the programme.'));
    a.write('p2.txt', page('ICESCO Trains Teachers in Dakar', 'ICESCO trained 200 teachers in Dakar, Senegal, with the support of UNESCO.'));
    await a.ask();
    // The same organizations, in a later page, under a form not seen before ("Unesco").
    a.write('p3.txt', page('ICESCO Opens a Centre in Baku', 'ICESCO opened a centre for heritage in Baku, Azerbaijan, where Unesco experts will teach.', 'ICESCO said the centre will open in May.'));
    const corpus = await a.ask();
    expect(a.notes.at(-1)).toMatch(/^updated: 1 new articles kept, 0 unfolded, 0 folded, 0 read again/);
    const icesco = corpus.entities.find((e) => e.type === 'organization' && e.aliases.includes('ICESCO'))!;
    expect(icesco.articleCount).toBe(3);
    expect(icesco.mentions.slice(-2).map((m) => m.text)).toEqual(['ICESCO', 'ICESCO']);
    a.close();
  });

  it('turns the stored corpus into the new one in place, while a run reading it meanwhile reads it as it was', { timeout: 60_000 }, async () => {
    const a = archive();
    a.write('p1.txt', page('ICESCO and the OIC Discuss Cooperation in Education', 'The Islamic World Educational, Scientific and Cultural Organization (ICESCO) received a delegation of the Organization of Islamic Cooperation (OIC) to discuss joint programmes in education and culture.'));
    a.write('p2.txt', page('ICESCO Launches a Heritage Programme in Rabat', 'ICESCO launched a new programme for the protection of heritage sites in the Islamic world, with the participation of experts from several member states.'));
    const before = answers(await a.ask());
    const db = a.updating.database();
    const corpora = () => db.prepare('SELECT id, key FROM corpora').raw().all() as [number, string][];
    const [[id, oldKey]] = corpora();
    // Opened before the update, read (all of it) only after.
    const reader = a.updating.readCorpus(oldKey)!;
    a.write('p3.txt', page('ICESCO Director-General Meets OIC Secretary-General', 'Dr. Salim M. AlMalik, Director-General of ICESCO, met the Secretary-General of the Organisation of Islamic Cooperation (OIC) in Jeddah on Monday.'));
    const after = answers(await a.ask());
    expect(a.notes.at(-1)).toMatch(/^updated: /);
    const now = corpora();
    expect(now).toHaveLength(1);
    expect(now[0][0]).toBe(id);
    expect(now[0][1]).not.toBe(oldKey);
    expect(answers(reader)).toBe(before);
    expect(after).not.toBe(before);
    expect(a.updating.readCorpus(oldKey)).toBeNull();
    a.close();
  });

  it('writes the updated corpus afresh beside the old one when a new article finds no room among the old keys', { timeout: 60_000 }, async () => {
    const a = archive();
    a.write('p1.txt', page('ICESCO and the OIC Discuss Cooperation in Education', 'The Islamic World Educational, Scientific and Cultural Organization (ICESCO) received a delegation of the Organization of Islamic Cooperation (OIC) on Monday.'));
    a.write('p3.txt', page('ICESCO Launches a Heritage Programme in Rabat', 'ICESCO launched a new programme for the protection of heritage sites in the Islamic world.'));
    await a.ask();
    const db = a.updating.database();
    const [[id]] = db.prepare('SELECT id FROM corpora').raw().all() as [number][];
    // (Keys 0, 1, 2 …: a page between the two has no key free in page order.)
    db.prepare('UPDATE articles SET seq = seq / ?, rank = rank / ?').run(2 ** 20, 2 ** 20);
    db.prepare('UPDATE date_mentions SET article = article / ?, rank = rank / ?').run(2 ** 20, 2 ** 20);
    a.write('p2.txt', page('ICESCO Director-General Meets OIC Secretary-General', 'Dr. Salim M. AlMalik, Director-General of ICESCO, met the Secretary-General of the OIC in Jeddah on Monday.'));
    await a.ask();
    expect(a.notes.at(-1)).toMatch(/^updated: /);
    // (In place, the old corpus would have become the new one: here the new one is beside it.)
    expect(db.prepare('SELECT id FROM corpora ORDER BY id').pluck().all()).toEqual([id, expect.any(Number)]);
    a.close();
  });

  it('folds a copy added later into the old article, and assembles afresh for a copy that would come first', { timeout: 60_000 }, async () => {
    const a = archive();
    const story = page('ICESCO Holds a Forum on Artificial Intelligence in Education', 'The Islamic World Educational, Scientific and Cultural Organization (ICESCO) held a forum in Rabat on the uses of artificial intelligence in education, with experts from twenty member states and several universities.', 'The participants called for national strategies that train teachers in the new tools and protect the data of pupils, and for cooperation between ministries of education across the Islamic world.');
    a.write('b1.txt', story);
    a.write('b2.txt', page('ICESCO Opens a Centre for Manuscripts in Dakar', 'ICESCO opened a centre for the restoration of manuscripts in Dakar, in partnership with the Senegalese Ministry of Culture, to preserve the written heritage of West Africa.'));
    await a.ask();
    a.write('b3.txt', story);
    const corpus = await a.ask();
    expect(a.notes.at(-1)).toMatch(/^updated: /);
    expect(corpus.articles.find((x) => x.source.endsWith('b1.txt'))!.duplicates).toEqual([expect.stringMatching(/^b3-/)]);
    // A copy whose id sorts before the others' would move the old pairs: assembled afresh, the same.
    a.write('a0.txt', story);
    await a.ask();
    expect(a.notes.at(-1)).toMatch(/^not updated: /);
    a.close();
  });

  it('assembles afresh when a new page turns a line of an old page into recurring chrome; updates when a page is removed', { timeout: 60_000 }, async () => {
    const a = archive();
    const line = 'Department of Culture and Communication';
    a.write('c1.txt', page('ICESCO Trains Teachers in Digital Skills', 'ICESCO organized a training workshop for teachers on digital skills in Nouakchott, in cooperation with the Mauritanian National Commission for Education, Science and Culture.', line, 'The workshop brought together forty teachers from public schools and lasted three days.'));
    a.write('c2.txt', page('ICESCO Supports Youth Entrepreneurship', 'ICESCO announced a programme supporting young entrepreneurs in the member states, with grants for projects in culture and technology.'));
    await a.ask();
    a.write('c3.txt', page('ICESCO Celebrates Arabic Language Day', 'ICESCO celebrated the International Day of the Arabic Language with a cultural evening at its headquarters in Rabat.', line, 'Poets and scholars from several countries took part in the celebration, which ended with a concert.'));
    await a.ask();
    expect(a.notes.at(-1)).toBe('not updated: a line of an old page now recurs, or no longer does');
    a.write('c4.txt', page('ICESCO Marks World Science Day', 'ICESCO marked World Science Day for Peace and Development with a symposium on open science in the Islamic world.'));
    await a.ask();
    expect(a.notes.at(-1)).toMatch(/^updated: /);
    const { rmSync } = await import('node:fs');
    rmSync(join(a.dir, 'c2.txt'));
    const corpus = await a.ask();
    expect(a.notes.at(-1)).toMatch(/^updated: 1 pages removed \(1 articles\), 0 new articles kept/);
    expect(corpus.articles.map((x) => x.source)).not.toContain(join(a.dir, 'c2.txt'));
    // Removing the page that made the line recurring turns it back into a line of c1's article.
    rmSync(join(a.dir, 'c3.txt'));
    await a.ask();
    expect(a.notes.at(-1)).toBe('not updated: a line of an old page now recurs, or no longer does');
    a.close();
  });

  it('removes pages: their articles, their chrome from the report, the names only they gave, their copies from the groups they were in', { timeout: 60_000 }, async () => {
    const a = archive();
    const chrome = (title: string, ...paragraphs: string[]) => `${page(title, ...paragraphs).trimEnd()}\n\nShare this article\n`;
    a.write('d1.txt', chrome('ICESCO Opens a Centre for Languages', 'ICESCO opened a centre for the teaching of languages in Dakar, in cooperation with the Senegalese Ministry of Education.'));
    a.write('d2.txt', chrome('ICESCO Director-General Visits Baku', 'Dr. Salim M. AlMalik, Director-General of ICESCO, visited Baku, where he met the Minister of Culture of Azerbaijan.'));
    a.write('d3.txt', chrome('ICESCO Honours Young Scientists', 'ICESCO honoured ten young scientists from the member states at a ceremony in Rabat attended by AlMalik, back from a forum in Bakou.'));
    const before = await a.ask();
    expect(before.boilerplate.find((e) => e.text === 'Share this article')?.sources).toHaveLength(3);
    const { rmSync } = await import('node:fs');
    rmSync(join(a.dir, 'd2.txt'));
    const after = await a.ask();
    expect(a.notes.at(-1)).toMatch(/^updated: 1 pages removed/);
    expect(after.boilerplate.find((e) => e.text === 'Share this article')?.sources).toEqual([join(a.dir, 'd1.txt'), join(a.dir, 'd3.txt')]);
    // The full name came from the removed page alone: the lone "AlMalik" is himself again.
    expect(after.entities.map((e) => e.name)).not.toContain('Salim M. AlMalik');
    // Baku's first article is now d3's, which does not say where Bakou is.
    const baku = (c: Corpus) => c.entities.find((e) => e.name === 'Baku');
    expect([baku(before)?.countryName, baku(after)?.countryName]).toEqual(['Azerbaijan', null]);
    // A copy of d3 folded into it, then the copy's page removed: the original stands alone again.
    a.write('d4.txt', readFileSync(join(a.dir, 'd3.txt'), 'utf8'));
    const original = (c: Corpus) => c.articles.find((x) => x.id.startsWith('d3-'))!;
    expect(original(await a.ask()).duplicates).toEqual([expect.stringMatching(/^d4-/)]);
    rmSync(join(a.dir, 'd4.txt'));
    expect(original(await a.ask()).duplicates).toEqual([]);
    expect(a.notes.at(-1)).toMatch(/^updated: 1 pages removed \(1 articles\), .* 1 for their copies$/);
    // A copy listed first (its folder sorts first) but folded into d5 (whose id sorts first): d5's
    // page removed, the copy stands alone again, first in the listing, before rows that stay on
    // both sides of the removed one's.
    a.write('d5.txt', chrome('ICESCO Launches a Prize for Translation', 'ICESCO launched a prize for the translation of scientific books into the languages of the member states.'));
    a.write('d6.txt', chrome('ICESCO Meets Partners on Water Management', 'ICESCO met its partners to prepare a programme on water management in arid regions, with training for engineers.'));
    mkdirSync(join(a.dir, '0'));
    a.write(join('0', 'e1.txt'), readFileSync(join(a.dir, 'd5.txt'), 'utf8'));
    expect((await a.ask()).articles.map((x) => x.id.slice(0, 3))).toEqual(['d1-', 'd3-', 'd5-', 'd6-']);
    rmSync(join(a.dir, 'd5.txt'));
    expect((await a.ask()).articles.map((x) => x.id.slice(0, 3))).toEqual(['e1-', 'd1-', 'd3-', 'd6-']);
    expect(a.notes.at(-1)).toMatch(/^updated: 1 pages removed \(1 articles\), 0 new articles kept, 1 unfolded/);
    a.close();
  });

  it('gives what a fresh assembly gives as real pages are added one by one, in any order of names', { timeout: 240_000 }, async () => {
    const a = archive();
    const pool = readdirSync(join(ROOT, 'test', 'found', 'pages')).filter((f) => f.endsWith('.txt')).sort();
    // (A fixed pseudo-random walk through the pool, with copies now and then.)
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const written: string[] = [];
    const add = (name: string) => {
      const copy = written.length > 0 && next() < 0.15;
      const text = copy ? readFileSync(join(a.dir, written[Math.floor(next() * written.length)]), 'utf8') : readFileSync(join(ROOT, 'test', 'found', 'pages', pool[Math.floor(next() * pool.length)]), 'utf8');
      a.write(name, text);
      written.push(name);
    };
    for (let i = 0; i < 12; i++) add(`p${String(i).padStart(3, '0')}.txt`);
    await a.ask();
    for (let step = 0; step < 10; step++) {
      // Mostly named after the others (a scraper's numbering), sometimes anywhere.
      add(next() < 0.7 ? `p${String(100 + step).padStart(3, '0')}.txt` : `${String.fromCharCode(97 + Math.floor(next() * 26))}${step}.txt`);
      await a.ask();
    }
    expect(a.notes.filter((n) => n.startsWith('updated')).length).toBeGreaterThanOrEqual(4);
    a.close();
  });

  it('removes a page among the first 32 of a full LSH bucket: a later member moves up, and is compared with the members after it', { timeout: 120_000 }, async () => {
    // 33 pages of one text but for the capitals of three words each: one sketch (shingles read
    // words in lower case), so one bucket in every band, and no two alike by their names. z is
    // a copy of the last: 33rd in its buckets, never compared with it, so not folded.
    const syllables = ['ka', 'lo', 'mi', 'ren', 'tu', 'sa', 'vi', 'no', 'de', 'ra', 'pel', 'zu'];
    const common = 'the delegation discussed ways to strengthen cooperation in education science and culture between member states'.split(' ');
    const words = Array.from({ length: 150 }, (_, k) => (k % 3 === 0 ? common[k % common.length] : syllables[k % 12] + syllables[Math.floor(k / 12) % 12] + syllables[(k * 5) % 12]));
    const text = (i: number) => {
      const w = words.map((x, k) => (k >= 3 * i + 3 && k < 3 * i + 6 ? x[0].toUpperCase() + x.slice(1) : x));
      const sentences = Array.from({ length: 10 }, (_, s) => `${w.slice(15 * s, 15 * s + 15).join(' ').replace(/^./, (c) => c.toUpperCase())}.`);
      // (Titles apart by their punctuation alone: no title recurs, and the words stay the same.)
      return `ICESCO Holds a Regional Workshop on Cooperation ${'!'.repeat(i + 1)}\n\nRabat, 12 March 2025\n\n${sentences.slice(0, 5).join(' ')}\n\n${sentences.slice(5).join(' ')}\n`;
    };
    const { rmSync } = await import('node:fs');
    for (const withCopy of [false, true]) {
      const a = archive();
      for (let i = 0; i < 33; i++) a.write(`a${String(i).padStart(2, '0')}.txt`, text(i));
      if (withCopy) a.write('z.txt', text(32));
      expect((await a.ask()).articles.every((x) => x.duplicates.length === 0)).toBe(true);
      rmSync(join(a.dir, 'a00.txt'));
      const corpus = await a.ask();
      expect(a.notes.at(-1)).toMatch(/^updated: 1 pages removed/);
      // a32 is now among the first 32 of its buckets: compared with z, and one article with it.
      if (withCopy) expect(corpus.articles.find((x) => x.id.startsWith('a32-'))!.duplicates).toEqual([expect.stringMatching(/^z-/)]);
      a.close();
    }
  });

  // (Seed 5 found a removed page's rows misplacing the rows planned among them: store.ts's keysAmong.)
  it.each((process.env.WALK_SEED ? [Number(process.env.WALK_SEED)] : [11, 5]).map((seed) => [seed]))('gives what a fresh assembly gives as real pages are added and removed at random, some at once (walk %i)', { timeout: 240_000 }, async (start) => {
    const a = archive();
    // Pages of one article, real pages of every shape, and the seeds' pages of ten with their chrome.
    const from = (dir: string) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => join(ROOT, dir, f));
    const pools = [from('test/found/pages'), from('test/real/pages'), from('seeds')];
    const { rmSync } = await import('node:fs');
    // (A fixed pseudo-random walk, with copies now and then.)
    let seed = start;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)];
    const present: string[] = [];
    let named = 0;
    const add = () => {
      const name = `p${String(named++).padStart(3, '0')}.txt`;
      const copy = present.length > 0 && next() < 0.15;
      a.write(name, readFileSync(copy ? join(a.dir, pick(present)) : pick(pick(pools)), 'utf8'));
      present.push(name);
    };
    const remove = () => {
      if (present.length < 3) return add();
      const name = pick(present);
      rmSync(join(a.dir, name));
      present.splice(present.indexOf(name), 1);
    };
    /** A page scraped again: the same file, other text. */
    const change = () => a.write(pick(present), readFileSync(pick(pick(pools)), 'utf8'));
    /** A page moved to another folder: its articles keep their ids (see load.ts's pageName). */
    const move = () => {
      const name = pick(present);
      const to = join(`moved${named++}`, basename(name));
      mkdirSync(join(a.dir, dirname(to)));
      a.write(to, readFileSync(join(a.dir, name), 'utf8'));
      rmSync(join(a.dir, name));
      present.splice(present.indexOf(name), 1, to);
    };
    for (let i = 0; i < 12; i++) add();
    await a.ask();
    for (let step = 0; step < 14; step++) {
      const r = next();
      if (r < 0.35) remove();
      else if (r < 0.5) {
        remove();
        add();
      } else if (r < 0.6) change();
      else if (r < 0.68) move();
      else if (r < 0.78) {
        remove();
        remove();
      } else add();
      await a.ask();
    }
    if (process.env.DUMP) console.log(a.notes.join('\n'));
    expect(a.notes.filter((n) => /^updated: \d+ pages removed/.test(n)).length).toBeGreaterThanOrEqual(4);
    // (Walk 11 moves a page: its articles keep their ids, so the pages that stay are stored first.)
    if (start === 11) expect(a.notes.filter((n) => /^updated: .*; then /.test(n)).length).toBeGreaterThanOrEqual(1);
    a.close();
  });
});
