/**
 * update: the corpus of the last corpus's pages, a few more and a few fewer, made from that
 * corpus and its state (state.ts) instead of assembling every page again. Only the new pages are
 * segmented, analysed and dated; each corpus-wide step reads the state and redoes only what the
 * new and removed pages reach:
 *
 *   boilerplate  the new pages' line keys counted in, the removed ones' out; if a count change
 *                would turn a line of an old page (update_recurrence), the corpus is assembled
 *                afresh instead. The report: the new pages' chrome added to it or, when pages
 *                are removed, made again from the chrome the state keeps of every page;
 *   folding      the new articles' buckets and pairs, the pairs a removed article's leaving
 *                brings within reach in its buckets, and the groups they reach or a removed
 *                article was in, folded again (dedupe.ts);
 *   merging      the counts updated (the removed pages' kept articles counted out), the old and
 *                new tables compared, and the old articles a changed entry reaches read again
 *                (merge.ts);
 *   summaries    the entities those articles name, updated (summaries.ts);
 *   the corpus   old articles' and entities' rows copied, new ones written, removed ones deleted.
 *
 * A new day is an update too, with or without new pages: the day changes a corpus only through
 * the years dating finds from weekdays, and when the new day finds each of them as the old one
 * did (DatingDay), every old article is dated as it was.
 *
 * The result is the corpus a fresh assembly gives, byte for byte (test/update.test.ts); an update
 * that cannot promise that (pages reordered, a changed page whose articles keep their ids, an old
 * page's lines turned, old folding pairs moved, a year found from a weekday moved by the day,
 * another run's update in between) gives null, and the caller assembles afresh.
 */
import { datedPage, dedupeInput, mergeInput, noArticleWarning, pageChrome, preparedArticles, articleOf, withLines, type ArticleAnalysis, type Dated, type PageChrome, type PageRecurrence, type PreparedArticle } from '../corpus.js';
import type { Database } from '../database.js';
import type { CorpusHead, CorpusRows, OldArticleRow } from '../store.js';
import { DatingDay } from '../stages/article-dates.js';
import { addToReport, cleanPage, countOf, pageKeys, recurrenceCandidates, recurs, summarizeBoilerplate } from '../stages/boilerplate.js';
import type { Comparable } from '../stages/dedupe.js';
import { articleRoles, dependencyKeys } from '../stages/entities/merge/dependencies.js';
import { entitiesOf, type ArticleEntities } from '../stages/entities/merge.js';
import { summaryKey, type EntityNote } from '../stages/entities/merge/summaries.js';
import type { ArticleMentions } from '../stages/entities/merge/types.js';
import type { LineContext } from '../stages/lines.js';
import { segmentPage } from '../stages/segment.js';
import { detached } from '../text.js';
import type { Article, ArticleLine, ChromeLine, EntitySummary, InputWarning, Page } from '../types.js';
import { foldNewArticles, removedArticles, type RemovedArticle } from './dedupe.js';
import { mergeBasis, mergeChange, type MergeBasis } from './merge.js';
import { articleWriter, insertPage, readHead, readPages, type StoredPage } from './state.js';
import { compareOrder, updateSummaries, type Order, type SummaryContext } from './summaries.js';

export interface UpdateOptions {
  today: Date;
  /** The code version the state must be of. */
  version: string;
  context: LineContext;
  /** A page's cached analyses, by its page key. */
  readAnalyses(pageKey: string): Map<string, ArticleAnalysis>;
  /** Told the page keys of the new pages as soon as they are known, before any is segmented. */
  newPages?(pageKeys: string[]): void;
}

/**
 * Beyond this share of the kept articles to read again (and this many), assembling afresh costs
 * about as much: an old article read again is read from its row, one at a time.
 */
const MAX_REREAD_SHARE = 0.25;
const MAX_REREAD_FEW = 100;

/**
 * What `make` reads of the old corpus and the state that the new articles cannot change: read
 * ahead (readAhead) while they are analysed, or by `make` itself.
 */
interface Basis {
  merge: MergeBasis;
  /** Every old entity's first note (by summary key), and its row's seq. */
  positions: Map<string, { first: Order; note: number; old?: number }>;
  oldReport: CorpusHead['boilerplate'];
}

/**
 * What `make` gives: the new corpus's head and rows, and the state's update; or, for a new day
 * and the same pages, the old corpus's id: it is the new one as it is, under the new key.
 */
export type MadeCorpus = { head: CorpusHead; rows: CorpusRows; after: (db: Database) => void } | { unchanged: number; after: (db: Database) => void };

/** A new page, prepared. */
interface NewPage {
  /** Its place among all the pages. */
  index: number;
  articles: PreparedArticle[];
  chrome: ChromeLine[];
  recurrence: PageRecurrence;
}

export class CorpusUpdate {
  private constructor(
    private readonly pages: Page[],
    private readonly pageKeyOf: string[],
    private readonly options: UpdateOptions,
    private readonly base: { corpusKey: string; corpusId: number; pages: StoredPage[]; indexOf: number[] },
    readonly fresh: NewPage[],
    /** The old pages not among these pages, their line keys, and their articles (kept or folded). */
    private readonly removed: { pages: StoredPage[]; keys: string[][]; articles: RemovedArticle[] },
    private readonly lineCount: (key: string) => number,
    /** The day the new corpus is dated on, with what dating asked of the old one's. */
    private readonly day: DatingDay,
    /** That day (YYYY-MM-DD) when it is not the old corpus's. */
    private readonly newDay: string | null,
  ) {}

  /**
   * Which of these pages the state's corpus has (by path, name and content), in order: when plan
   * gives ID_OF_REMOVED (a page moved to another folder keeps its articles' ids), the corpus of
   * these pages alone is an update of pages removed, after which the moved pages are new pages
   * like any other.
   */
  static staying(db: Database, pages: Page[], pageKeyOf: string[]): number[] {
    const old = new Set(readPages(db).map((p) => identity(p.source, p.name, p.pageKey)));
    return pages.map((_, i) => i).filter((i) => old.has(identity(pages[i].source, pages[i].name, pageKeyOf[i])));
  }

  /**
   * An update of the state's corpus to these pages, their new pages prepared (to be analysed,
   * then made); or why there is none: the pages are not the state's, some fewer and a few more,
   * in the same order, or the new or removed ones would change an old page's lines or folding.
   */
  static plan(db: Database, pages: Page[], pageKeyOf: string[], options: UpdateOptions): CorpusUpdate | string {
    const head = readHead(db);
    if (!head || head.version !== options.version) return 'no state of this code';
    // A corpus dated on another day is this day's too when the day answers what dating asked of
    // it as that one did (DatingDay): then even the same pages are an update, of the day alone.
    const dayName = options.today.toISOString().slice(0, 10); // (as engine.ts keys the day)
    const sameDay = head.day === dayName;
    const day = new DatingDay(options.today, head.dayAnswers());
    if (!sameDay && !day.answersAsOn(options.today)) return 'the day moves a year found from a weekday';
    const corpusId = db.prepare('SELECT id FROM corpora WHERE key = ? AND version = ?').pluck().get(head.corpusKey, options.version) as number | undefined;
    if (corpusId === undefined) return 'the state\'s corpus is no longer stored';
    const old = readPages(db);
    const at = new Map(pages.map((p, i) => [identity(p.source, p.name, pageKeyOf[i]), i]));
    if (at.size !== pages.length || new Set(pages.map((p) => p.source)).size !== pages.length) return 'a page given twice, or a file of several pages';
    const indexOf = old.map((p) => at.get(identity(p.source, p.name, p.pageKey)) ?? -1);
    const staying = indexOf.filter((i) => i >= 0);
    if (staying.some((i, k) => k > 0 && i <= staying[k - 1])) return 'pages reordered';
    if (staying.length === 0) return 'every page removed or changed';
    const known = new Set(indexOf);
    const added = pages.map((_, i) => i).filter((i) => !known.has(i));
    const removed = old.filter((_, k) => indexOf[k] < 0);
    if (added.length === 0 && removed.length === 0 && sameDay) return 'no new page';
    const gone = removedArticles(db, removed.map((p) => p.id));
    options.newPages?.(added.map((i) => pageKeyOf[i]));

    // The new pages' line keys, counted in.
    const segmented = added.map((i) => segmentPage(pages[i], i, options.context));
    const keys = segmented.map(pageKeys);
    const lineRow = db.prepare('SELECT pages FROM update_line_pages WHERE key = ?').pluck();
    const oldCounts = new Map<string, number>();
    const oldCount = (key: string) => oldCounts.get(key) ?? oldCounts.set(key, (lineRow.get(key) as number | undefined) ?? 0).get(key)!;
    const addedCounts = new Map<string, number>();
    for (const k of keys) for (const key of k.distinct) addedCounts.set(key, (addedCounts.get(key) ?? 0) + 1);
    // (A removed page's keys count as minus one.)
    const keysRow = db.prepare('SELECT keys FROM update_pages WHERE id = ?').pluck();
    const removedKeys = removed.map((p) => JSON.parse(keysRow.get(p.id) as string) as string[]);
    for (const k of removedKeys) for (const key of k) addedCounts.set(key, (addedCounts.get(key) ?? 0) - 1);
    const lineCount = (key: string) => oldCount(key) + (addedCounts.get(key) ?? 0);
    // No old page's line may turn.
    const byBody = db.prepare('SELECT body, title FROM update_recurrence WHERE body = ? UNION ALL SELECT body, title FROM update_recurrence WHERE title = ?').raw();
    for (const key of addedCounts.keys())
      for (const [body, title] of byBody.all(key, key) as [string, string][])
        if (recurs(countOf(oldCount, body), countOf(oldCount, title)) !== recurs(countOf(lineCount, body), countOf(lineCount, title))) return 'a line of an old page now recurs, or no longer does';
    const fresh = segmented.map((sp, n): NewPage => {
      const { page, chrome } = cleanPage(sp, keys[n], lineCount);
      return { index: added[n], articles: preparedArticles(pages[added[n]], page, options.context), chrome, recurrence: { keys: keys[n].distinct, candidates: recurrenceCandidates(sp, keys[n]), chrome: pageChrome(chrome) } };
    });
    const ids = fresh.flatMap((p) => p.articles.map((a) => a.id));
    const taken = db.prepare('SELECT 1 FROM update_articles WHERE id = ?');
    if (new Set(ids).size !== ids.length) return 'an article id taken';
    // (A page moved to another folder keeps its articles' ids, as does a changed page whose new
    // text's hash meets the old one's: it is removed first, then added: see staying.)
    const goneIds = new Set(gone.map((a) => a.id));
    if (ids.some((id) => taken.get(id))) return ids.some((id) => goneIds.has(id)) ? ID_OF_REMOVED : 'an article id taken';
    return new CorpusUpdate(pages, pageKeyOf, options, { corpusKey: head.corpusKey, corpusId, pages: old, indexOf }, fresh, { pages: removed, keys: removedKeys, articles: gone }, lineCount, day, sameDay ? null : dayName);
  }

  private ahead: Basis | null = null;

  /**
   * Reads what `make` will read of the old corpus and state that no new article changes (and
   * builds the old merging tables from it), in one snapshot: called while the new articles are
   * analysed in another thread. `make` checks that the state is still the one read.
   */
  readAhead(db: Database): void {
    if (this.fresh.length > 0 || this.removed.pages.length > 0) this.ahead = db.transaction(() => this.basis(db))();
  }

  private basis(db: Database): Basis {
    const base = this.base.corpusId;
    const sql = (text: string) => db.prepare(text);
    const positions = new Map<string, { first: Order; note: number; old?: number }>();
    // (Each entity's first article is found through update_articles_place: reaching 2,000 of
    // the table's wide rows took ~0.1 s at 3,000 pages, the index ~20 ms.)
    const oldSeqOf = new Map((sql('SELECT type, name, seq FROM entities WHERE corpus = ?').raw().all(base) as [string, string, number][]).map(([type, name, seq]) => [summaryKey(type as EntitySummary['type'], name), seq]));
    for (const [type, name, note, seq, idx] of sql('SELECT e.type, e.name, e.first_note, p.seq, a.idx FROM update_entities e CROSS JOIN update_articles a INDEXED BY update_articles_place ON a.id = e.first_article CROSS JOIN update_pages p ON p.id = a.page').raw().all() as [string, string, number, number, number][]) {
      const key = summaryKey(type as EntitySummary['type'], name);
      positions.set(key, { first: [this.base.indexOf[seq], idx], note, old: oldSeqOf.get(key) });
    }
    return {
      merge: mergeBasis(db),
      positions,
      oldReport: JSON.parse(sql('SELECT boilerplate FROM corpora WHERE id = ?').pluck().get(base) as string) as CorpusHead['boilerplate'],
    };
  }

  /** Why `make` made nothing, when it did not; what it did, when it did. */
  whyNot = '';
  made = '';

  private unmade(why: string): null {
    this.whyNot = why;
    return null;
  }

  /** The new pages' page keys (in the order of `fresh`). */
  get freshKeys(): string[] {
    return this.fresh.map((p) => this.pageKeyOf[p.index]);
  }

  /**
   * The new corpus's head and rows, and the state's update (to write after them), given the new
   * articles' analyses; or why the update cannot promise a fresh assembly's corpus (`unmade`
   * is told). Runs inside the transaction that stores the corpus (AnalysisCache.storeUpdate).
   */
  make(db: Database, corpusKey: string, analysisOf: (key: string) => ArticleAnalysis): MadeCorpus | null {
    const head = readHead(db);
    const baseNow = db.prepare('SELECT id FROM corpora WHERE key = ?').pluck().get(this.base.corpusKey);
    if (head?.corpusKey !== this.base.corpusKey || baseNow !== this.base.corpusId) return this.unmade('another run updated the state meanwhile');
    if (this.fresh.length === 0 && this.removed.pages.length === 0) {
      // A new day and the same pages (plan lets no other update through without a new page).
      this.made = `a new day (${this.newDay}), the same pages: the corpus is as it was`;
      return { unchanged: this.base.corpusId, after: (db) => this.saveDay(db, corpusKey) };
    }
    // (Read here when not read ahead, and only once folding allows the update; used up: the
    // merging counts in it become the new ones.)
    let ahead = this.ahead;
    this.ahead = null;
    const basis = () => (ahead ??= this.basis(db));
    const { context } = this.options;
    const today = this.day;
    const base = this.base.corpusId;
    const sql = (text: string) => db.prepare(text);

    // The new pages dated.
    const datedNew = new Map<string, Dated>();
    const newOrder = new Map<string, Order>();
    const freshDated = this.fresh.map((p) => datedPage(p.articles, analysisOf, today));
    freshDated.forEach((articles, n) => articles.forEach((d, k) => {
      datedNew.set(d.article.id, d);
      newOrder.set(d.article.id, [this.fresh[n].index, k]);
    }));

    // Old articles: their place, page and analysis key; their stored row, details and text. (Found
    // by id through its index: without statistics, SQLite would rather walk the corpus's rows.)
    const oldRow = sql('SELECT a.page, a.idx, a.akey, a.root, p.seq FROM update_articles a JOIN update_pages p ON p.id = a.page WHERE a.id = ?').raw();
    const oldInfo = new Map<string, { page: number; idx: number; akey: string; root: string; seq: number }>();
    const infoOf = (id: string) => {
      let info = oldInfo.get(id);
      if (!info) {
        const [page, idx, akey, root, seq] = oldRow.get(id) as [number, number, string, string, number];
        oldInfo.set(id, (info = { page, idx, akey, root, seq }));
      }
      return info;
    };
    const orderOf = (id: string): Order => newOrder.get(id) ?? [this.base.indexOf[infoOf(id).seq], infoOf(id).idx];
    const storedRow = sql('SELECT a.seq, a.date, a.duplicates, p.details FROM articles a INDEXED BY articles_by_id JOIN article_payloads p ON p.id = a.payload WHERE a.corpus = ? AND a.id = ?').raw();
    const stored = new Map<string, { seq: number; date: string | null; duplicates: string; details: string }>();
    const storedOf = (id: string) => {
      let s = stored.get(id);
      if (!s) {
        const [seq, date, duplicates, details] = storedRow.get(base, id) as [number, string | null, string, string];
        stored.set(id, (s = { seq, date, duplicates, details }));
      }
      return s;
    };
    const jsonOf = sql('SELECT j.json FROM articles a INDEXED BY articles_by_id JOIN article_json j ON j.payload = a.payload WHERE a.corpus = ? AND a.id = ?').pluck();
    const textOf = (id: string) => (JSON.parse((jsonOf.get(base, id) as Buffer).toString('utf8')) as Article).text;
    const pageKeyRow = sql('SELECT page_key FROM update_pages WHERE id = ?').pluck();
    const analysesOf = new Map<number, Map<string, ArticleAnalysis>>();
    const oldMentions = (id: string): ArticleMentions => {
      const info = infoOf(id);
      let analyses = analysesOf.get(info.page);
      if (!analyses) analysesOf.set(info.page, (analyses = this.options.readAnalyses(pageKeyRow.get(info.page) as string)));
      const analysis = analyses.get(info.akey);
      if (!analysis) throw new Stale(`no cached analysis for ${id}`);
      return { id, date: null, entities: analysis.entities };
    };

    // Folding.
    // (The removed pages' articles are no longer there to fold with: the groups they were in are
    // folded again without them, with the pairs their leaving brings within reach.)
    const goneIds = new Set(this.removed.articles.map((a) => a.id));
    const folding = foldNewArticles(db, [...datedNew.values()].map((d) => ({ id: d.article.id, input: dedupeInput(d) })), textOf, this.removed.articles);
    if (!folding) return this.unmade('a new article would move old folding pairs');
    const rootOf = (id: string) => folding.roots.get(id) ?? infoOf(id).root;
    const entering = [...datedNew.keys()].filter((id) => rootOf(id) === id);
    const unfolded = [...folding.oldRoots].filter(([id, was]) => was !== id && rootOf(id) === id).map(([id]) => id);
    // Leaving: old articles folded now into new ones, and the kept articles of the removed pages.
    const foldedAway = [...folding.oldRoots].filter(([id, was]) => was === id && rootOf(id) !== id).map(([id]) => id);
    const leaving = [...foldedAway, ...this.removed.articles.filter((a) => a.root === a.id).map((a) => a.id)];
    // The groups whose copies changed, and their copies now (in page order).
    const copiesOf = new Map<string, string[]>();
    const membersOf = sql('SELECT id FROM update_articles WHERE root = ?').pluck();
    // (And the groups a removed article was a copy in: they lose it.)
    const touchedRoots = [...[...folding.roots.keys()].flatMap((id) => [rootOf(id), folding.oldRoots.get(id)]), ...this.removed.articles.map((a) => a.root)];
    for (const root of touchedRoots) if (root && !goneIds.has(root) && rootOf(root) === root && !copiesOf.has(root)) copiesOf.set(root, []);
    for (const root of copiesOf.keys()) {
      const members = new Set([...(membersOf.all(root) as string[]).filter((id) => !goneIds.has(id) && rootOf(id) === root), ...[...folding.roots].filter(([, r]) => r === root).map(([id]) => id)]);
      members.delete(root);
      copiesOf.set(root, [...members].sort((a, b) => compareOrder(orderOf(a), orderOf(b))));
    }
    const unfoldedSet = new Set(unfolded);
    const copiesChanged = [...copiesOf].filter(([root, copies]) => !datedNew.has(root) && !unfoldedSet.has(root) && storedOf(root).duplicates !== JSON.stringify(copies)).map(([root]) => root);

    // Old articles whose page must be prepared again: the unfolded (dated anew: a folded article is not stored).
    const datedOld = new Map<string, Dated>();
    const prepareAgain = (ids: string[]) => {
      const pages = new Set(ids.filter((id) => !datedOld.has(id)).map((id) => infoOf(id).seq));
      for (const seq of pages) {
        const index = this.base.indexOf[seq];
        const sp = segmentPage(this.pages[index], index, context);
        const { page } = cleanPage(sp, pageKeys(sp), this.lineCount);
        const analyses = this.options.readAnalyses(this.pageKeyOf[index]);
        const articles = preparedArticles(this.pages[index], page, context);
        if (articles.some((a) => !analyses.has(a.key))) throw new Stale(`no cached analysis for ${this.pages[index].source}`);
        for (const d of datedPage(articles, (key) => analyses.get(key)!, today)) datedOld.set(d.article.id, d);
      }
      for (const id of ids) if (!datedOld.has(id) || datedOld.get(id)!.article.key !== infoOf(id).akey) throw new Stale(`${id} is not as the state keeps it`);
    };
    prepareAgain(unfolded);

    // Merging.
    const merge = mergeChange(db, [...entering.map((id) => mergeInput(datedNew.get(id)!)), ...unfolded.map((id) => mergeInput(datedOld.get(id)!))], leaving.map(oldMentions), oldMentions, basis().merge);
    const affected = [...merge.affected];
    const leavingSet = new Set(leaving);
    const rewritten = [...new Set([...affected, ...copiesChanged])].filter((id) => !leavingSet.has(id));
    const keptCount = (sql('SELECT count(*) FROM articles WHERE corpus = ?').pluck().get(base) as number) + entering.length;
    if (rewritten.length + unfolded.length > Math.max(MAX_REREAD_FEW, MAX_REREAD_SHARE * keptCount)) return this.unmade(`${rewritten.length + unfolded.length} old articles to read again`);
    this.made = `${this.newDay ? `a new day (${this.newDay}), ` : ''}${this.removed.pages.length ? `${this.removed.pages.length} pages removed (${goneIds.size} articles), ` : ''}${entering.length} new articles kept, ${unfolded.length} unfolded, ${foldedAway.length} folded, ${affected.length} read again for their entities, ${copiesChanged.length} for their copies`;

    // The articles read now: new, unfolded, reached by merging, or with other copies. An old
    // article's page is not read again: its stored JSON gets its new entities or copies.
    const onlyCopies = new Set(copiesChanged.filter((id) => !merge.affected.has(id)));
    const storedJson = sql('SELECT j.json, p.lines FROM articles a INDEXED BY articles_by_id JOIN article_json j ON j.payload = a.payload JOIN article_payloads p ON p.id = a.payload WHERE a.corpus = ? AND a.id = ?').raw();
    const fromStored = (id: string, entities: ArticleEntities | null, duplicates: string[]): Article => {
      const [json, lines] = storedJson.get(base, id) as [Buffer, string];
      const article = JSON.parse(json.toString('utf8')) as Article;
      // (Assigned in place: the keys keep their order, and the JSON its bytes elsewhere.)
      if (entities) [article.people, article.places, article.organizations] = [entities.people, entities.places, entities.organizations];
      article.duplicates = duplicates;
      return withLines(article, JSON.parse(lines) as ArticleLine[]);
    };
    const built = new Map<string, Article>();
    const notes = new Map<string, { notes: EntityNote[]; date: string | null }>();
    // (No explanations: `show --explain` never reads a stored corpus.)
    const read = (input: ArticleMentions) => entitiesOf(input, merge.tables.persons.ofArticle(input, merge.tables.shortRole, merge.lone), merge.tables, false);
    for (const id of [...entering, ...unfolded]) {
      const d = datedNew.get(id) ?? datedOld.get(id)!;
      const merged = read(mergeInput(d));
      built.set(id, articleOf(d, merged.entities, null, copiesOf.get(id) ?? []));
      notes.set(id, { notes: merged.notes, date: d.date.date });
    }
    for (const id of rewritten) {
      const copies = copiesOf.get(id) ?? (JSON.parse(storedOf(id).duplicates) as string[]);
      if (onlyCopies.has(id)) {
        // (Read again only for its copies: it names what it named.)
        built.set(id, fromStored(id, null, copies));
        continue;
      }
      const input = { ...oldMentions(id), date: storedOf(id).date };
      const merged = read(input);
      built.set(id, fromStored(id, merged.entities, copies));
      notes.set(id, { notes: merged.notes, date: input.date });
    }

    // Summaries.
    const parsed = new Map<string, ReturnType<SummaryContext['storedOf']>>();
    const storedDetails = (id: string) => parsed.get(id) ?? parsed.set(id, { details: JSON.parse(storedOf(id).details), date: storedOf(id).date }).get(id)!;
    const summaryChange = updateSummaries(
      { db, base, orderOf, storedOf: storedDetails },
      new Set([...affected, ...leaving]),
      notes,
    );

    // What changed among the articles, in place: the new ones and the unfolded where they belong,
    // those read again in their rows, the folded gone. (An old row's page is known by its
    // source; its place on the page is looked up only on a page with a new one.)
    const newOnes = [...entering, ...unfolded].sort((a, b) => compareOrder(orderOf(a), orderOf(b)));
    const pageOf = new Map(this.pages.map((p, i) => [p.source, i]));
    // (A removed page's rows, read while the new rows' keys are planned and deleted after, stand
    // where they stood: just before the next old page that stays.)
    let nextStaying = this.pages.length;
    for (let k = this.base.pages.length - 1; k >= 0; k--) {
      if (this.base.indexOf[k] >= 0) nextStaying = this.base.indexOf[k];
      else if (!pageOf.has(this.base.pages[k].source)) pageOf.set(this.base.pages[k].source, nextStaying - 0.5);
    }
    const pagesWithNew = new Set(newOnes.map((id) => orderOf(id)[0]));
    const placeOf = (source: string, id: string): Order => {
      const page = pageOf.get(source)!;
      return [page, pagesWithNew.has(page) ? orderOf(id)[1] : 0];
    };
    /**
     * Every article in page order: the old rows kept, with those read now in their places (only
     * when the corpus is written afresh: when some new row finds no room among the old keys).
     */
    let articles: (Article | OldArticleRow)[] | undefined;
    const allArticles = () => {
      const inOrder: (Article | OldArticleRow)[] = [];
      const before = (newId: string, oldId: string, source: string) => compareOrder(orderOf(newId), placeOf(source, oldId)) < 0;
      let next = 0;
      for (const [seq, id, date, source] of sql('SELECT seq, id, date, source FROM articles WHERE corpus = ? ORDER BY seq').raw().all(base) as [number, string, string | null, string][]) {
        if (leavingSet.has(id)) continue;
        while (next < newOnes.length && before(newOnes[next], id, source)) inOrder.push(built.get(newOnes[next++])!);
        inOrder.push(built.get(id) ?? { seq, id, date });
      }
      while (next < newOnes.length) inOrder.push(built.get(newOnes[next++])!);
      return inOrder;
    };

    // The entities in the order they are first noted.
    const positions = basis().positions;
    for (const [key, change] of summaryChange.summaries) {
      if (!change) positions.delete(key);
      else positions.set(key, { first: orderOf(change.position.firstNote[0]), note: change.position.firstNote[1] });
    }
    const entityOrder = [...positions].sort(([, a], [, b]) => compareOrder(a.first, b.first) || a.note - b.note);
    const entities = entityOrder.map(([key, p]) => summaryChange.summaries.get(key)?.summary ?? p.old!);

    // The head: pages, warnings, the boilerplate report.
    const freshAt = new Map(this.fresh.map((p, n) => [p.index, n]));
    const oldAt = new Map(this.base.indexOf.map((index, k) => [index, k]));
    const noArticle: InputWarning[] = [];
    const dating: InputWarning[] = [];
    this.pages.forEach((page, index) => {
      const n = freshAt.get(index);
      if (n !== undefined) {
        if (this.fresh[n].articles.length === 0) noArticle.push(noArticleWarning(page));
        for (const d of freshDated[n]) dating.push(...d.warnings);
      } else {
        const p = this.base.pages[oldAt.get(index)!];
        if (p.noArticle) noArticle.push(noArticleWarning(page));
        dating.push(...(JSON.parse(p.warnings) as InputWarning[]));
      }
    });
    // (Without a removed page's chrome, the report is made again from every page's chrome, which
    // the state keeps; with new pages alone, theirs is added to it.)
    const report = this.removed.pages.length ? summarizeBoilerplate(this.allChrome(db), this.pages) : addToReport(basis().oldReport, this.fresh.flatMap((p) => p.chrome), this.pages);
    const boilerplate = report.map((e) => ({ ...e, text: detached(e.text) }));

    // The texts of the old articles now folded, which the state keeps: read now, while the rows of
    // those that were kept are still there (a kept one folded now leaves the corpus).
    const storedText = sql('SELECT text FROM update_articles WHERE id = ?').pluck();
    const foldedTexts = new Map([...folding.oldRoots].filter(([id]) => rootOf(id) !== id).map(([id, was]) => [id, datedOld.get(id)?.article.text ?? (was === id ? textOf(id) : (storedText.get(id) as string))]));
    const after = (db: Database) => {
      merge.save();
      this.saveState(db, corpusKey, {
        freshDated,
        roots: folding.roots,
        oldRoots: folding.oldRoots,
        pairs: folding.pairs,
        items: folding.items,
        entering: [...entering, ...unfolded].map((id) => datedNew.get(id) ?? datedOld.get(id)!),
        leaving: leaving.map(oldMentions),
        summaries: summaryChange.summaries,
        textOf: (id) => foldedTexts.get(id)!,
      });
    };
    const rows: CorpusRows = {
      get articles() {
        return (articles ??= allArticles());
      },
      entities,
      base,
      change: { added: newOnes.map((id) => ({ article: built.get(id) as Article, place: orderOf(id) })), rewritten: rewritten.map((id) => built.get(id) as Article), leaving, placeOf },
    };
    return { head: { pages: this.pages.length, warnings: [...noArticle, ...dating], boilerplate }, rows, after };
  }

  /** Every page's chrome lines, in page and line order: the old pages' as the state keeps them, the new ones'. */
  private allChrome(db: Database): ChromeLine[] {
    const chromeRow = db.prepare('SELECT chrome FROM update_pages WHERE id = ?').pluck();
    const byIndex = new Map<number, PageChrome>();
    this.base.pages.forEach((p, k) => {
      if (this.base.indexOf[k] >= 0) byIndex.set(this.base.indexOf[k], JSON.parse(chromeRow.get(p.id) as string) as PageChrome);
    });
    for (const p of this.fresh) byIndex.set(p.index, p.recurrence.chrome);
    const chrome: ChromeLine[] = [];
    this.pages.forEach((_, index) => (byIndex.get(index) ?? []).forEach(([text, reason, count], lineNo) => chrome.push({ pageIndex: index, lineNo, text, reason, count })));
    return chrome;
  }

  /**
   * Takes the removed pages out of the state: their rows, their line keys' counts, and their
   * articles with their buckets and pairs (merging's counts and keys go with `leaving`).
   */
  private forgetRemoved(db: Database): void {
    if (!this.removed.pages.length) return;
    // (Their recurrence candidates stay, whether other pages share them or not: a candidate only
    // makes a later update's check of turned lines stricter. So do the years their dating asked
    // of the day.)
    const line = db.prepare('UPDATE update_line_pages SET pages = pages - 1 WHERE key = ? RETURNING pages').pluck();
    const unused = db.prepare('DELETE FROM update_line_pages WHERE key = ?');
    const page = db.prepare('DELETE FROM update_pages WHERE id = ?');
    this.removed.pages.forEach((p, n) => {
      for (const key of this.removed.keys[n]) if (line.get(key) === 0) unused.run(key);
      page.run(p.id);
    });
    const article = db.prepare('DELETE FROM update_articles WHERE id = ?');
    const band = db.prepare('DELETE FROM update_bands WHERE band = ? AND bucket = ? AND id = ?');
    const pairs = db.prepare('DELETE FROM update_pairs WHERE a = ? OR b = ?');
    for (const a of this.removed.articles) {
      article.run(a.id);
      a.buckets?.forEach((bucket, b) => band.run(b, bucket, a.id));
      pairs.run(a.id, a.id);
    }
  }

  /** The state's head: the new corpus's key, and the day it is dated on. */
  private saveDay(db: Database, corpusKey: string): void {
    db.prepare('UPDATE update_head SET corpus_key = ?, day = ?, day_answers = ?').run(corpusKey, this.day.date.toISOString().slice(0, 10), JSON.stringify(this.day.asked));
  }

  /** Brings the state up to the new corpus. */
  private saveState(
    db: Database,
    corpusKey: string,
    s: {
      freshDated: Dated[][];
      roots: Map<string, string>;
      oldRoots: Map<string, string>;
      pairs: [string, string][];
      items: Map<string, Comparable>;
      entering: Dated[];
      leaving: ArticleMentions[];
      summaries: ReturnType<typeof updateSummaries>['summaries'];
      textOf: (id: string) => string;
    },
  ): void {
    const run = (text: string, ...values: unknown[]) => db.prepare(text).run(...values);
    this.saveDay(db, corpusKey);
    // Pages: the removed ones gone, with their line keys and articles; the old ones in their new
    // places; the new ones added.
    this.forgetRemoved(db);
    const setSeq = db.prepare('UPDATE update_pages SET seq = ? WHERE id = ?');
    this.base.pages.forEach((p, k) => {
      if (this.base.indexOf[k] >= 0 && this.base.indexOf[k] !== k) setSeq.run(this.base.indexOf[k], p.id);
    });
    const line = db.prepare('INSERT INTO update_line_pages (key, pages) VALUES (?, 1) ON CONFLICT (key) DO UPDATE SET pages = pages + 1');
    const candidate = db.prepare('INSERT OR IGNORE INTO update_recurrence (body, title) VALUES (?, ?)');
    const article = articleWriter(db);
    this.fresh.forEach((p, n) => {
      const pg = this.pages[p.index];
      const pageId = insertPage(db, null, p.index, { source: pg.source, name: pg.name, pageKey: this.pageKeyOf[p.index], file: pg.file }, p.recurrence, p.articles.length === 0, s.freshDated[n].flatMap((d) => d.warnings));
      for (const key of p.recurrence.keys) line.run(key);
      for (const [body, title] of p.recurrence.candidates) candidate.run(body, title);
      s.freshDated[n].forEach((d, k) => article(d, pageId, k, s.roots.get(d.article.id)!, s.items.get(d.article.id)));
    });
    // Folding.
    const setRoot = db.prepare('UPDATE update_articles SET root = ?, text = ? WHERE id = ?');
    for (const [id, was] of s.oldRoots) {
      const root = s.roots.get(id)!;
      if (root !== was) setRoot.run(root, root === id ? null : s.textOf(id), id);
    }
    const pair = db.prepare('INSERT OR IGNORE INTO update_pairs (a, b) VALUES (?, ?)');
    for (const [a, b] of s.pairs) pair.run(a, b);
    // Merging's keys.
    const key = db.prepare('INSERT OR IGNORE INTO update_keys (key, article) VALUES (?, ?)');
    const role = db.prepare('INSERT OR IGNORE INTO update_roles (article, role) VALUES (?, ?)');
    for (const d of s.entering) {
      for (const k of dependencyKeys(d.analysis.entities)) key.run(k, d.article.id);
      for (const r of articleRoles(d.analysis.entities)) role.run(d.article.id, r);
    }
    for (const a of s.leaving) {
      run('DELETE FROM update_keys WHERE article = ? AND key IN (SELECT value FROM json_each(?))', a.id, JSON.stringify(dependencyKeys(a.entities)));
      run('DELETE FROM update_roles WHERE article = ?', a.id);
    }
    // Entities' positions.
    const position = db.prepare('INSERT OR REPLACE INTO update_entities (type, name, first_article, first_note, role_date) VALUES (?, ?, ?, ?, ?)');
    for (const [k, change] of s.summaries) {
      const [type, name] = k.split('\u0000');
      if (!change) run('DELETE FROM update_entities WHERE type = ? AND name = ?', type, name);
      else position.run(type, name, change.position.firstNote[0], change.position.firstNote[1], change.position.roleDate);
    }
  }
}


/** A page as the state knows it: its path, name and content (a page changed in any of them is another). */
const identity = (source: string, name: string, key: string) => `${source}\u0000${name}\u0000${key}`;

/** Why plan gives no update: a new page's article has the id of a removed page's (a moved page). */
export const ID_OF_REMOVED = 'a new article has the id of a removed one';

/** The state does not match the cache (an analysis missing, an article read otherwise): assemble afresh. */
export class Stale extends Error {
  constructor(detail: string) {
    super(`the update state is stale: ${detail}`);
    this.name = 'Stale';
  }
}

