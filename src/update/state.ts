/**
 * What the cache keeps of the last corpus it assembled, besides the corpus itself, so that the
 * next one — the same pages and a few more — is made by updating it (update.ts) instead of
 * assembling every page again: the corpus-wide steps' inputs, kept as counts, keys and pairs.
 *
 *   update_head        which stored corpus this is the state of (one at a time), its code version and day,
 *                      and what dating asked of the day (see DatingDay);
 *   update_pages       its pages in order, and what each one warned of;
 *   update_line_pages  per line key, the pages carrying it (boilerplate: recurrence);
 *   update_recurrence  the [body key, title key] pairs recurrence could remove a line for;
 *   update_articles    every article, folded or kept: what folding compares, and the one it is folded into;
 *   update_bands       the LSH bucket of each article's sketch in each band;
 *   update_pairs       the similar pairs folding read;
 *   update_acronyms, update_non_org, update_votes, update_names, update_name_articles, update_lone
 *                      merging's counts (MergeCounts, LoneNames), over the kept articles;
 *   update_names, update_families
 *                      also who each full name, and each family name alone, is by those counts;
 *   update_keys, update_roles
 *                      per kept article, what of those counts its entities can depend on;
 *   update_entities    per entity, where it is first noted and (a person) its role's date.
 *
 * The tables are laid out in database.ts. Written whole, in the transaction that stores an assembled corpus (writeState); updated in the
 * transaction that stores an updated one.
 */
import { dedupeInput, type Assembly, type Dated, type PageRecurrence } from '../corpus.js';
import { STATE_TABLES, type Database } from '../database.js';
import { bandKeys, comparable, type Comparable } from '../stages/dedupe.js';
import { articleNames, articleRoles, dependencyKeys } from '../stages/entities/merge/dependencies.js';
import type { WeekdayAnswer } from '../stages/article-dates.js';
import type { InputWarning, Page } from '../types.js';
import { whoIsWho } from './merge.js';

/** Empties the state (the caller holds the transaction). */
export function clearState(db: Database): void {
  for (const t of STATE_TABLES) db.prepare(`DELETE FROM ${t}`).run();
}

/** A page of the corpus, as the state knows it. */
export interface StatePage {
  source: string;
  name: string;
  pageKey: string;
  /** The file it was read from, when it has one of its own (see Page.file). */
  file?: Page['file'];
}

/** What a full assembly gives the state (see corpus.ts's Prepared and Assembly). */
export interface AssembledState {
  corpusKey: string;
  version: string;
  day: string;
  pages: StatePage[];
  recurrence: PageRecurrence[];
  pageCounts: Map<string, number>;
  /** Per page, whether it had no article. */
  noArticle: boolean[];
  assembly: Assembly;
}

/** Writes the whole state of an assembled corpus, replacing any other (the caller holds the transaction). */
export function writeState(db: Database, s: AssembledState): void {
  clearState(db);
  db.prepare('INSERT INTO update_head (one, corpus_key, version, day, day_answers) VALUES (1, ?, ?, ?, ?)').run(s.corpusKey, s.version, s.day, JSON.stringify(s.assembly.dayAnswers));
  s.pages.forEach((p, i) => insertPage(db, i, i, p, s.recurrence[i], s.noArticle[i], s.assembly.dated[i].flatMap((d) => d.warnings)));
  const line = db.prepare('INSERT INTO update_line_pages (key, pages) VALUES (?, ?)');
  for (const [key, n] of s.pageCounts) line.run(key, n);
  const candidate = db.prepare('INSERT OR IGNORE INTO update_recurrence (body, title) VALUES (?, ?)');
  for (const r of s.recurrence) for (const [body, title] of r.candidates) candidate.run(body, title);

  const drafts = s.assembly.dated.flat();
  const pageOf = s.assembly.dated.flatMap((articles, p) => articles.map(() => p));
  const idxOf = s.assembly.dated.flatMap((articles) => articles.map((_, k) => k));
  const ids = drafts.map((d) => d.article.id);
  const root = (i: number) => ids[s.assembly.dupOf[i] < 0 ? i : s.assembly.dupOf[i]];
  const article = articleWriter(db);
  drafts.forEach((d, i) => article(d, pageOf[i], idxOf[i], root(i)));
  const pair = db.prepare('INSERT OR IGNORE INTO update_pairs (a, b) VALUES (?, ?)');
  for (const [i, j] of s.assembly.pairs) pair.run(ids[i], ids[j]);
  writeMergeState(db, s.assembly, drafts.filter((_, i) => s.assembly.dupOf[i] < 0));
}

function writeMergeState(db: Database, assembly: Assembly, kept: Assembly['dated'][number]): void {
  const { counts, lone, positions } = assembly.merge;
  const acronym = db.prepare('INSERT INTO update_acronyms (acronym, full, n) VALUES (?, ?, ?)');
  for (const [acr, fulls] of counts.acronyms.fullsByAcronym) for (const [full, n] of fulls) acronym.run(acr, full, n);
  const nonOrg = db.prepare('INSERT INTO update_non_org (acronym, n) VALUES (?, ?)');
  for (const [acr, n] of counts.acronyms.nonOrg) nonOrg.run(acr, n);
  const vote = db.prepare('INSERT INTO update_votes (city, country, n) VALUES (?, ?, ?)');
  for (const [city, countries] of counts.votes) for (const [country, n] of countries) vote.run(city, country, n);
  const { people, families } = whoIsWho(counts);
  const name = db.prepare('INSERT INTO update_names (form, articles, mentions, full_mentions, person) VALUES (?, ?, ?, ?, ?)');
  for (const [form, c] of counts.names.names) name.run(form, c.articles, c.mentions, c.fullMentions, people.get(form)!);
  const family = db.prepare('INSERT INTO update_families (family, person) VALUES (?, ?)');
  for (const [f, person] of families) if (person) family.run(f, person);
  const word = db.prepare('INSERT INTO update_lone (word, form, n) VALUES (?, ?, ?)');
  for (const [k, forms] of lone) for (const [form, n] of forms) word.run(k, form, n);
  const nameArticle = db.prepare('INSERT INTO update_name_articles (form, article) VALUES (?, ?)');
  const key = db.prepare('INSERT INTO update_keys (key, article) VALUES (?, ?)');
  const role = db.prepare('INSERT INTO update_roles (article, role) VALUES (?, ?)');
  for (const d of kept) {
    const { id } = d.article;
    for (const [form, { m2 }] of articleNames(d.analysis.entities)) if (m2) nameArticle.run(form, id);
    for (const k of dependencyKeys(d.analysis.entities)) key.run(k, id);
    for (const r of articleRoles(d.analysis.entities)) role.run(id, r);
  }
  const entity = db.prepare('INSERT INTO update_entities (type, name, first_article, first_note, role_date) VALUES (?, ?, ?, ?, ?)');
  for (const [k, p] of positions) {
    const [type, name] = k.split('\u0000');
    entity.run(type, name, p.firstNote[0], p.firstNote[1], p.roleDate);
  }
}

/**
 * Adds articles to the state (the caller holds the transaction): what folding compares, the
 * group it is folded into (a folded one keeps its text), and its sketch's bucket in each band.
 */
export function articleWriter(db: Database): (d: Dated, page: number, idx: number, root: string, item?: Comparable) => void {
  const article = db.prepare('INSERT INTO update_articles (id, page, idx, akey, title, features, title_places, exact, root, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const band = db.prepare('INSERT INTO update_bands (band, bucket, id) VALUES (?, ?, ?)');
  return (d, page, idx, root, item) => {
    const input = dedupeInput(d);
    const compared = item ?? comparable(input);
    const { id } = d.article;
    article.run(id, page, idx, d.article.key, d.article.title, JSON.stringify(d.analysis.dedupe), JSON.stringify(input.titlePlaces), compared.sketch ? null : compared.exactKey(), root, root === id ? null : d.article.text);
    if (compared.sketch) bandKeys(compared.sketch).forEach((bucket, b) => band.run(b, bucket, id));
  };
}

/** Adds a page to the state (the caller holds the transaction); returns its row id. */
export function insertPage(db: Database, id: number | null, seq: number, p: StatePage, recurrence: PageRecurrence, noArticle: boolean, warnings: InputWarning[]): number {
  const { lastInsertRowid } = db
    .prepare('INSERT INTO update_pages (id, seq, source, name, page_key, stat, file_name, file_warning, keys, no_article, warnings, chrome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(id, seq, p.source, p.name, p.pageKey, p.file?.stat ?? null, p.file?.name ?? null, p.file?.warning ?? null, JSON.stringify(recurrence.keys), noArticle ? 1 : 0, JSON.stringify(warnings), JSON.stringify(recurrence.chrome));
  return Number(lastInsertRowid);
}

/** The state's head: which corpus it is the state of, and of which code and day; null when there is none. */
export function readHead(db: Database): { corpusKey: string; version: string; day: string; dayAnswers: () => WeekdayAnswer[] } | null {
  const row = db.prepare('SELECT corpus_key, version, day, day_answers FROM update_head WHERE one = 1').get() as { corpus_key: string; version: string; day: string; day_answers: string } | undefined;
  return row ? { corpusKey: row.corpus_key, version: row.version, day: row.day, dayAnswers: () => JSON.parse(row.day_answers) as WeekdayAnswer[] } : null;
}

/** The state's pages, in order. */
export function readPages(db: Database): StoredPage[] {
  const rows = db.prepare('SELECT id, source, name, page_key, no_article, warnings FROM update_pages ORDER BY seq').raw().all() as [number, string, string, string, number, string][];
  return rows.map(([id, source, name, pageKey, noArticle, warnings]) => ({ id, source, name, pageKey, noArticle: noArticle === 1, warnings }));
}

/** A page of the state: its row, and what it warned of (JSON, parsed only when the warnings are rebuilt). */
export interface StoredPage extends StatePage {
  id: number;
  noArticle: boolean;
  warnings: string;
}
