/**
 * Folding new articles into a corpus's folding, from the state's bands and pairs (state.ts)
 * instead of comparing every article again. Exact, because of how dedupe.ts folds:
 *
 *  - whether a pair is similar depends on its two articles and on the buckets they share, and in
 *    a bucket each article is compared with the first BUCKET_REACH members before it (in id
 *    order). A new article that comes after every old member of a bucket, or after the first
 *    BUCKET_REACH of them, adds its own pairs and changes no old one. Otherwise the corpus is
 *    folded afresh (null).
 *  - pairs are folded in the order of their later article, and a group's places come from its own
 *    articles: a set of articles joined by pairs folds the same alone as with all the others. The
 *    groups the new pairs reach are folded again, from all their pairs.
 *  - an article too short for a sketch folds into the first (by id) of the same words.
 *  - articles of removed pages: the groups they were in are folded again from their other pairs;
 *    an old member's place in a bucket only moves up, so it keeps its pairs and may gain some
 *    (see shiftedCandidates).
 */
import type { Database } from '../database.js';
import { BANDS, BUCKET_REACH, bandKeys, comparable, foldPairs, sameArticle, type Comparable, type DedupeFeatures, type DedupeInput } from '../stages/dedupe.js';
import { byCodeUnits } from '../text.js';

/** A new article, as folding reads it. */
export interface NewArticle {
  id: string;
  input: DedupeInput;
}

/** An old article, as the state keeps it. */
interface OldArticle {
  root: string;
  item: Comparable;
  titlePlaces: string[];
}

export interface FoldingChange {
  /** The group's first article, for each new article and each old one whose changed. */
  roots: Map<string, string>;
  /** The old articles' groups before (for those whose changed). */
  oldRoots: Map<string, string>;
  /** The new similar pairs, [earlier, later]. */
  pairs: [string, string][];
  /** Each new article's comparable (its bands are stored from it). */
  items: Map<string, Comparable>;
}

/** The state's articles as folding reads them, each read once, its text only if a comparison needs it. */
function oldArticles(db: Database, textOf: (id: string) => string): (id: string) => OldArticle {
  const oldRow = db.prepare('SELECT root, title, features, title_places, text FROM update_articles WHERE id = ?').raw();
  const old = new Map<string, OldArticle>();
  return (id) => {
    let a = old.get(id);
    if (!a) {
      const [root, title, features, titlePlaces, text] = oldRow.get(id) as [string, string, string, string, string | null];
      const places = JSON.parse(titlePlaces) as string[];
      const input: DedupeInput = {
        title,
        get text() {
          return text ?? textOf(id);
        },
        features: JSON.parse(features) as DedupeFeatures,
        titlePlaces: places,
      };
      old.set(id, (a = { root, item: comparable(input), titlePlaces: places }));
    }
    return a;
  };
}

/** An article of a removed page, as the state keeps it. */
export interface RemovedArticle {
  id: string;
  root: string;
  /** Its words, when too short for a sketch (folded by equality). */
  exact: string | null;
  /** Its sketch's bucket in each band (none without a sketch). */
  buckets: Uint32Array | null;
}

/** The articles of these pages of the state (by update_pages.id). */
export function removedArticles(db: Database, pageIds: number[]): RemovedArticle[] {
  const rows = db.prepare('SELECT id, root, exact, features FROM update_articles WHERE page = ? ORDER BY idx').raw();
  return pageIds.flatMap((page) =>
    (rows.all(page) as [string, string, string | null, string][]).map(([id, root, exact, features]) => {
      const sketch = exact === null ? comparable({ title: '', text: '', features: JSON.parse(features) as DedupeFeatures }).sketch : null;
      return { id, root, exact, buckets: sketch ? bandKeys(sketch) : null };
    }),
  );
}

/**
 * The pairs that articles leaving bring within reach: in a bucket with more than BUCKET_REACH
 * members, a removed one among the first BUCKET_REACH lets a later member move up into them,
 * and be compared with every member after it. (Pairs of articles that stay are only gained: a
 * member's place in its bucket only moves up.)
 */
function shiftedCandidates(db: Database, gone: RemovedArticle[], ids: ReadonlySet<string>): [string, string][] {
  const members = db.prepare('SELECT id FROM update_bands WHERE band = ? AND bucket = ?').pluck();
  const seen = new Set<string>();
  const candidates = new Map<string, [string, string]>();
  for (const a of gone)
    a.buckets?.forEach((bucket, band) => {
      if (seen.has(`${band}:${bucket}`)) return;
      seen.add(`${band}:${bucket}`);
      const all = (members.all(band, bucket) as string[]).sort(byCodeUnits);
      if (all.length <= BUCKET_REACH || !all.slice(0, BUCKET_REACH).some((id) => ids.has(id))) return;
      const rest = all.filter((id) => !ids.has(id));
      const before = new Set(all.slice(0, BUCKET_REACH));
      for (let y = 0; y < Math.min(BUCKET_REACH, rest.length); y++) {
        if (before.has(rest[y])) continue; // (compared with every later member already)
        for (let j = y + 1; j < rest.length; j++) candidates.set(`${rest[y]}\u0000${rest[j]}`, [rest[y], rest[j]]);
      }
    });
  return [...candidates.values()];
}

/**
 * How the new articles fold into the old ones; null when one of them would change an old pair
 * (see above). `textOf` gives an old article's title and text when an exact comparison needs them;
 * the `removed` articles (of removed pages) are not there to fold with.
 */
export function foldNewArticles(db: Database, fresh: NewArticle[], textOf: (id: string) => string, removed: RemovedArticle[] = []): FoldingChange | null {
  const members = db.prepare('SELECT id FROM update_bands WHERE band = ? AND bucket = ?').pluck();
  const oldOf = oldArticles(db, textOf);
  const gone = new Set(removed.map((a) => a.id));
  const items = new Map(fresh.map((a) => [a.id, comparable(a.input)]));
  const freshPlaces = new Map(fresh.map((a) => [a.id, a.input.titlePlaces ?? []]));
  const itemOf = (id: string) => items.get(id) ?? oldOf(id).item;

  // Per band, the new articles' buckets: old members from the state, new ones from here.
  const keysOf = new Map<string, Uint32Array>();
  for (const [id, item] of items) if (item.sketch) keysOf.set(id, bandKeys(item.sketch));
  const candidates = new Map<string, [string, string]>();
  let movesOld = false;
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<number, string[]>();
    for (const [id, keys] of keysOf) (buckets.get(keys[band]) ?? buckets.set(keys[band], []).get(keys[band])!).push(id);
    for (const [bucket, ids] of buckets) {
      const isNew = new Set(ids);
      const oldIds = (members.all(band, bucket) as string[]).filter((id) => !gone.has(id));
      const all = [...oldIds, ...ids].sort(byCodeUnits);
      let lastOld = -1;
      all.forEach((id, k) => {
        if (!isNew.has(id)) lastOld = k;
      });
      all.forEach((j, p) => {
        if (!isNew.has(j)) return;
        // An old member after it would move in its bucket, and could leave the first BUCKET_REACH.
        if (p < BUCKET_REACH && p < lastOld) movesOld = true;
        for (let y = 0; y < p && y < BUCKET_REACH; y++) candidates.set(`${all[y]}\u0000${j}`, [all[y], j]);
      });
    }
  }
  if (movesOld) return null;
  // (Old articles brought within reach by a removal: a pair already similar is stored already.)
  const paired = db.prepare('SELECT 1 FROM update_pairs WHERE a = ? AND b = ?').pluck();
  for (const [i, j] of shiftedCandidates(db, removed, gone)) if (!paired.get(i, j)) candidates.set(`${i}\u0000${j}`, [i, j]);
  const pairs = [...candidates.values()].filter(([i, j]) => sameArticle(itemOf(i), itemOf(j)));

  // The groups the new pairs reach, with every pair joining them.
  const component = new Set<string>();
  const componentPairs = new Map<string, [string, string]>();
  const pairsFrom = db.prepare('SELECT a, b FROM update_pairs WHERE a = ? UNION ALL SELECT a, b FROM update_pairs WHERE b = ?').raw();
  const queue: string[] = [];
  const reach = (id: string) => {
    if (component.has(id)) return;
    component.add(id);
    queue.push(id);
  };
  for (const [i, j] of pairs) {
    componentPairs.set(`${i}\u0000${j}`, [i, j]);
    reach(i);
    reach(j);
  }
  // The groups a removed article was in, folded again without it (its pairs are not followed).
  const inGroup = db.prepare('SELECT id FROM update_articles WHERE root = ?').pluck();
  for (const a of removed) for (const id of inGroup.all(a.root) as string[]) if (!gone.has(id)) reach(id);
  while (queue.length) {
    const id = queue.pop()!;
    if (items.has(id)) continue; // (a new article's pairs are all new)
    for (const [a, b] of pairsFrom.all(id, id) as [string, string][]) {
      if (gone.has(a) || gone.has(b)) continue;
      componentPairs.set(`${a}\u0000${b}`, [a, b]);
      reach(a);
      reach(b);
    }
  }
  const roots = new Map<string, string>();
  const oldRoots = new Map<string, string>();
  const settle = (id: string, root: string) => {
    if (items.has(id)) roots.set(id, root);
    else if (oldOf(id).root !== root) {
      roots.set(id, root);
      oldRoots.set(id, oldOf(id).root);
    }
  };
  const ids = [...component].sort(byCodeUnits);
  const at = new Map(ids.map((id, k) => [id, k]));
  const indexPairs = [...componentPairs.values()].map(([a, b]) => [at.get(a)!, at.get(b)!]).sort((p, q) => p[1] - q[1] || p[0] - q[0]);
  const folded = foldPairs(indexPairs, ids.map((id) => freshPlaces.get(id) ?? oldOf(id).titlePlaces));
  ids.forEach((id, k) => settle(id, ids[folded[k]]));

  // Articles too short for a sketch: the first of the same words keeps them.
  const sameWords = db.prepare('SELECT id FROM update_articles WHERE exact = ?').pluck();
  const byWords = new Map<string, string[]>();
  for (const [id, item] of items) if (!item.sketch) (byWords.get(item.exactKey()) ?? byWords.set(item.exactKey(), []).get(item.exactKey())!).push(id);
  for (const a of removed) if (a.exact !== null && !byWords.has(a.exact)) byWords.set(a.exact, []); // (the first of the same words may leave)
  for (const [words, ids] of byWords) {
    const group = [...(sameWords.all(words) as string[]).filter((id) => !gone.has(id)), ...ids].sort(byCodeUnits);
    for (const id of group) settle(id, group[0]);
  }
  for (const id of items.keys()) if (!roots.has(id)) roots.set(id, id);
  return { roots, oldRoots, pairs, items };
}
