/**
 * Merging entities after articles join or leave the corpus's kept articles, from the state's
 * counts (state.ts) instead of every article's mentions. An article's entities depend on its own
 * mentions and on the corpus-wide tables built from the counts (entities/merge.ts); so the old and
 * new tables are built, compared at every key the change of counts can reach, and the old articles
 * holding a key whose entry changed are the ones read again (entities/merge/dependencies.ts).
 */
import type { Database } from '../database.js';
import { countAcronyms, mostWritten, type AcronymCounts } from '../stages/entities/merge/acronyms.js';
import { articleNames } from '../stages/entities/merge/dependencies.js';
import { mergeTables, type MergeCounts, type MergeTables } from '../stages/entities/merge.js';
import { LoneNames, type FullNameCount, type NameCounts, type PersonCluster } from '../stages/entities/merge/people.js';
import { countryByVotes, countVotes, type CountryVoteCounts } from '../stages/entities/merge/places.js';
import type { ArticleMentions } from '../stages/entities/merge/types.js';
import { nameKey } from '../stages/entities/normalise.js';

/** Merging's counts as the state keeps them, and the single words' lone forms. */
interface Counts {
  acronyms: AcronymCounts;
  votes: CountryVoteCounts;
  names: Map<string, FullNameCount>;
  lone: Map<string, Map<string, number>>;
}

export interface MergeChange {
  /** The tables the corpus's entities are now read with, and the lone words' counts. */
  tables: MergeTables;
  lone: LoneNames;
  /** The old kept articles whose entities may have changed: to be read again. */
  affected: Set<string>;
  /** Writes the new counts into the state (the caller holds the transaction; call it last). */
  save(): void;
}

/**
 * What merging starts from, which no article changes: the state's counts (twice: `now` becomes
 * the new counts), the tables built from them (their people grouped only if an old article is
 * read with them), and who every full name and family name is by those tables, as the state
 * keeps it. An update reads it ahead, while its new pages are analysed.
 */
export interface MergeBasis {
  old: Counts;
  now: Counts;
  before: MergeTables;
  /** Each full name's person's signature (personSignature). */
  people: Map<string, string>;
  /** The signature of the person a family name alone means ('' for none). */
  family: (family: string) => string;
}

export function mergeBasis(db: Database): MergeBasis {
  const old = readCounts(db);
  const articlesWith = db.prepare('SELECT DISTINCT article FROM update_name_articles WHERE form IN (SELECT value FROM json_each(?))').pluck();
  const oldNames: NameCounts = { names: old.names, articlesOfAny: (forms) => (articlesWith.all(JSON.stringify(forms)) as string[]).length };
  const before = mergeTables({ acronyms: old.acronyms, votes: old.votes, names: oldNames } satisfies MergeCounts);
  const people = new Map(db.prepare('SELECT form, person FROM update_names').raw().all() as [string, string][]);
  // (Grouping the new people reads every name's key: computed here, ahead, while the new pages are read.)
  for (const form of people.keys()) nameKey(form);
  const familyRow = db.prepare('SELECT person FROM update_families WHERE family = ?').pluck();
  return { old, now: readCounts(db), before, people, family: (family) => (familyRow.get(family) as string | undefined) ?? '' };
}

/**
 * Who a full name is, as two corpora's people are compared: its person's canonical name and
 * the keys of its full names ('' for no person). The state keeps it for every full name and for
 * what every family name alone means (whoIsWho), so that an update compares its new people with
 * these instead of grouping the old ones again (~0.15 s at 3,000 pages).
 */
export function personSignature(t: MergeTables, c: PersonCluster | undefined): string {
  // (Keys compared as a set: their order follows the grouping's, which counts can change, and nothing reads it.)
  return c ? `${c.forms.size ? t.persons.canonical(c) : ''}\u0000${c.keys.map((k) => `${k.given}/${k.middle}/${k.family}`).sort().join('|')}` : '';
}

/** The family names of a signature's keys (name keys hold letters and digits only). */
function familiesOf(signature: string): string[] {
  const keys = signature.slice(signature.indexOf('\u0000') + 1);
  return keys ? keys.split('|').map((k) => k.split('/')[2]) : [];
}

/** Who each full name, and each family name alone, is under these counts (personSignature). */
export function whoIsWho(counts: MergeCounts): { people: Map<string, string>; families: Map<string, string> } {
  const t = mergeTables(counts);
  const clusters = t.persons.clusterNames();
  const people = new Map<string, string>();
  const families = new Map<string, string>();
  for (const [form, c] of clusters) {
    people.set(form, personSignature(t, c));
    for (const { family } of c.keys) if (!families.has(family)) families.set(family, personSignature(t, t.persons.likeliestOfFamily(family)));
  }
  return { people, families };
}

/**
 * The change of merging when `added` join the kept articles and `removed` leave them.
 * `mentionsOf` gives an old kept article's mentions (for the words it named alone). `basis` is
 * used up (its counts become the new ones).
 */
export function mergeChange(db: Database, added: ArticleMentions[], removed: ArticleMentions[], mentionsOf: (id: string) => ArticleMentions, basis: MergeBasis = mergeBasis(db)): MergeChange {
  const { old, now, before } = basis;
  const touched = { acronyms: new Set<string>(), nonOrg: new Set<string>(), cities: new Set<string>(), names: new Set<string>() };
  const nameArticles = new Map<string, { added: Set<string>; removed: Set<string> }>();
  const apply = (a: ArticleMentions, sign: 1 | -1) => {
    for (const e of a.entities) {
      if (e.type === 'organization' && e.acronym) touched.acronyms.add(e.acronym);
      if (e.type === 'acronym' && e.nonOrgAcronym) touched.nonOrg.add(e.text);
    }
    countAcronyms(now.acronyms, a.entities, sign);
    countVotes(now.votes, a.entities, sign, touched.cities);
    for (const [form, { m1, m2 }] of articleNames(a.entities)) {
      touched.names.add(form);
      const n = now.names.get(form) ?? { articles: 0, mentions: 0, fullMentions: 0 };
      const next = { articles: n.articles + sign, mentions: n.mentions + sign * m1, fullMentions: n.fullMentions + sign * m2 };
      if (next.articles > 0) now.names.set(form, next);
      else now.names.delete(form);
      if (m2) {
        const change = nameArticles.get(form) ?? nameArticles.set(form, { added: new Set(), removed: new Set() }).get(form)!;
        (sign > 0 ? change.added : change.removed).add(a.id);
      }
    }
  };
  for (const a of removed) apply(a, -1);
  for (const a of added) apply(a, 1);

  const articlesWith = db.prepare('SELECT DISTINCT article FROM update_name_articles WHERE form IN (SELECT value FROM json_each(?))').pluck();
  const newNames: NameCounts = {
    names: now.names,
    articlesOfAny(forms) {
      const ids = new Set(articlesWith.all(JSON.stringify(forms)) as string[]);
      for (const f of forms) for (const id of nameArticles.get(f)?.removed ?? []) ids.delete(id);
      for (const f of forms) for (const id of nameArticles.get(f)?.added ?? []) ids.add(id);
      return ids.size;
    },
  };
  const after = mergeTables({ acronyms: now.acronyms, votes: now.votes, names: newNames } satisfies MergeCounts);

  const keys = new Set<string>();
  const changedFulls = new Set<string>();
  const changedAcronyms = new Set<string>();
  for (const acr of touched.acronyms) {
    if (before.acronyms.canonicalByAcronym.get(acr) !== after.acronyms.canonicalByAcronym.get(acr)) changedAcronyms.add(acr);
    for (const f of new Set([...(old.acronyms.fullsByAcronym.get(acr)?.keys() ?? []), ...(now.acronyms.fullsByAcronym.get(acr)?.keys() ?? [])]))
      if (before.acronyms.acronymOfFull.get(f) !== after.acronyms.acronymOfFull.get(f)) changedFulls.add(f);
  }
  for (const acr of touched.nonOrg)
    if (before.acronyms.nonOrgAcronyms.has(acr) !== after.acronyms.nonOrgAcronyms.has(acr)) {
      changedAcronyms.add(acr);
      if (/\d$/.test(acr)) keys.add(`nn:${acr.replace(/\d+$/, '')}`);
    }
  // An organization named by a changed acronym or full name inside another's canonical name
  // ("ICESCO Executive Council", "… of the <full name>") may fold differently.
  const words = (name: string) => name.split(/\s+/).map((w) => w.replace(/['’]s$/, ''));
  for (const table of [before, after])
    for (const [acr, full] of table.acronyms.canonicalByAcronym)
      if (words(full).some((w) => changedAcronyms.has(w)) || [...changedFulls].some((f) => full.includes(f))) changedAcronyms.add(acr);
  // (A full name defined with a changed acronym is named by the acronym's canonical name.)
  for (const acr of changedAcronyms) {
    keys.add(`acr:${acr}`);
    for (const f of new Set([...(old.acronyms.fullsByAcronym.get(acr)?.keys() ?? []), ...(now.acronyms.fullsByAcronym.get(acr)?.keys() ?? [])])) keys.add(`of:${f}`);
  }
  for (const f of changedFulls) keys.add(`of:${f}`);
  for (const city of touched.cities) if (countryByVotes(old.votes.get(city)) !== countryByVotes(now.votes.get(city))) keys.add(`pl:${city}`);

  // People: every full name whose person changed (its name, or the names it is known by), and
  // every family name whose likeliest person changed. (Signed before any article is read with
  // the new tables, as whoIsWho signs them.)
  const clustersAfter = after.persons.clusterNames();
  const families = new Set<string>();
  /** The new signatures the state is to keep: of the names changed or counted anew, and of the families changed. */
  const signed = { people: new Map<string, string>(), families: new Map<string, string>() };
  for (const form of new Set([...basis.people.keys(), ...clustersAfter.keys()])) {
    const a = clustersAfter.get(form);
    const [was, is] = [basis.people.get(form) ?? '', personSignature(after, a)];
    const changed = was !== is;
    if (changed) keys.add(`pn:${form}`);
    if (changed || touched.names.has(form)) {
      signed.people.set(form, is);
      for (const family of familiesOf(was)) families.add(family);
      for (const k of a?.keys ?? []) families.add(k.family);
    }
  }
  for (const family of families) {
    const is = personSignature(after, after.persons.likeliestOfFamily(family));
    if (basis.family(family) === is) continue;
    keys.add(`ps:${family}`);
    signed.families.set(family, is);
  }

  const addedIds = new Set(added.map((a) => a.id));
  const removedIds = new Set(removed.map((a) => a.id));
  const holding = db.prepare('SELECT DISTINCT article FROM update_keys WHERE key IN (SELECT value FROM json_each(?))').pluck();
  const withRole = db.prepare('SELECT article FROM update_roles WHERE role = ?').pluck();
  const affected = new Set<string>();
  const take = (ids: string[]) => {
    for (const id of ids) if (!addedIds.has(id) && !removedIds.has(id)) affected.add(id);
  };
  take(holding.all(JSON.stringify([...keys])) as string[]);
  // A role is shortened by every full name defined with an acronym in it (longest first, each
  // replacement in the text the last one left): a role whose shortening changed, exactly.
  if (changedFulls.size) {
    // (Only a role holding a changed name, or a name whose acronym a changed name holds, can.)
    const inner = new Set<string>();
    for (const table of [before, after]) for (const [full, acr] of table.acronyms.acronymOfFull) if ([...changedFulls].some((f) => f.includes(acr))) inner.add(full);
    const holds = (role: string) => [...changedFulls, ...inner].some((name) => role.includes(name));
    for (const role of db.prepare('SELECT DISTINCT role FROM update_roles').pluck().all() as string[])
      if (holds(role.replace(/\s+/g, ' ')) && before.shortRole(role) !== after.shortRole(role)) take(withRole.all(role) as string[]);
  }

  // Single words named alone: counted over the kept articles, as each is read now and was read before.
  const oldLone = new LoneNames();
  const newLone = new LoneNames();
  for (const a of [...removed, ...[...affected].map(mentionsOf)]) before.persons.ofArticle(a, before.shortRole, oldLone);
  for (const a of [...added, ...[...affected].map(mentionsOf)]) after.persons.ofArticle(a, after.shortRole, newLone);
  const touchedWords = new Set([...oldLone.counts().keys(), ...newLone.counts().keys()]);
  for (const [sign, counted] of [[-1, oldLone.counts()], [1, newLone.counts()]] as const)
    for (const [word, forms] of counted) {
      const m = now.lone.get(word) ?? now.lone.set(word, new Map()).get(word)!;
      for (const [form, n] of forms) {
        const next = (m.get(form) ?? 0) + sign * n;
        if (next) m.set(form, next);
        else m.delete(form);
      }
      if (!m.size) now.lone.delete(word);
    }
  const changedWords = [...touchedWords].filter((word) => bestForm(old.lone.get(word)) !== bestForm(now.lone.get(word)));
  take(holding.all(JSON.stringify(changedWords.map((w) => `ps:${w}`))) as string[]);

  return {
    tables: after,
    lone: new LoneNames(now.lone),
    affected,
    save: () => saveCounts(db, now, touched, touchedWords, nameArticles, signed),
  };
}

/** The form a lone word's person is named by (as PersonIndex.canonical names it). */
const bestForm = (forms: Map<string, number> | undefined) => (forms?.size ? mostWritten(forms) : undefined);

function readCounts(db: Database): Counts {
  const counts: Counts = { acronyms: { fullsByAcronym: new Map(), nonOrg: new Map() }, votes: new Map(), names: new Map(), lone: new Map() };
  for (const [acr, full, n] of db.prepare('SELECT acronym, full, n FROM update_acronyms').raw().all() as [string, string, number][])
    (counts.acronyms.fullsByAcronym.get(acr) ?? counts.acronyms.fullsByAcronym.set(acr, new Map()).get(acr)!).set(full, n);
  for (const [acr, n] of db.prepare('SELECT acronym, n FROM update_non_org').raw().all() as [string, number][]) counts.acronyms.nonOrg.set(acr, n);
  for (const [city, country, n] of db.prepare('SELECT city, country, n FROM update_votes').raw().all() as [string, string, number][])
    (counts.votes.get(city) ?? counts.votes.set(city, new Map()).get(city)!).set(country, n);
  for (const [form, articles, mentions, fullMentions] of db.prepare('SELECT form, articles, mentions, full_mentions FROM update_names').raw().all() as [string, number, number, number][])
    counts.names.set(form, { articles, mentions, fullMentions });
  for (const [word, form, n] of db.prepare('SELECT word, form, n FROM update_lone').raw().all() as [string, string, number][])
    (counts.lone.get(word) ?? counts.lone.set(word, new Map()).get(word)!).set(form, n);
  return counts;
}

function saveCounts(
  db: Database,
  now: Counts,
  touched: { acronyms: Set<string>; nonOrg: Set<string>; cities: Set<string>; names: Set<string> },
  words: Set<string>,
  nameArticles: Map<string, { added: Set<string>; removed: Set<string> }>,
  signed: { people: Map<string, string>; families: Map<string, string> },
): void {
  const run = (sql: string, ...values: unknown[]) => db.prepare(sql).run(...values);
  for (const acr of touched.acronyms) {
    run('DELETE FROM update_acronyms WHERE acronym = ?', acr);
    for (const [full, n] of now.acronyms.fullsByAcronym.get(acr) ?? []) run('INSERT INTO update_acronyms (acronym, full, n) VALUES (?, ?, ?)', acr, full, n);
  }
  for (const acr of touched.nonOrg) {
    run('DELETE FROM update_non_org WHERE acronym = ?', acr);
    const n = now.acronyms.nonOrg.get(acr);
    if (n) run('INSERT INTO update_non_org (acronym, n) VALUES (?, ?)', acr, n);
  }
  for (const city of touched.cities) {
    run('DELETE FROM update_votes WHERE city = ?', city);
    for (const [country, n] of now.votes.get(city) ?? []) run('INSERT INTO update_votes (city, country, n) VALUES (?, ?, ?)', city, country, n);
  }
  for (const form of touched.names) {
    run('DELETE FROM update_names WHERE form = ?', form);
    const n = now.names.get(form);
    if (n) run('INSERT INTO update_names (form, articles, mentions, full_mentions, person) VALUES (?, ?, ?, ?, ?)', form, n.articles, n.mentions, n.fullMentions, signed.people.get(form)!);
  }
  for (const [form, person] of signed.people) if (!touched.names.has(form)) run('UPDATE update_names SET person = ? WHERE form = ?', person, form);
  for (const [family, person] of signed.families) {
    run('DELETE FROM update_families WHERE family = ?', family);
    if (person) run('INSERT INTO update_families (family, person) VALUES (?, ?)', family, person);
  }
  for (const [form, change] of nameArticles) {
    for (const id of change.removed) run('DELETE FROM update_name_articles WHERE form = ? AND article = ?', form, id);
    for (const id of change.added) run('INSERT OR IGNORE INTO update_name_articles (form, article) VALUES (?, ?)', form, id);
  }
  for (const word of words) {
    run('DELETE FROM update_lone WHERE word = ?', word);
    for (const [form, n] of now.lone.get(word) ?? []) run('INSERT INTO update_lone (word, form, n) VALUES (?, ?, ?)', word, form, n);
  }
}
