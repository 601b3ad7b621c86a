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

/**
 * How the new articles fold into the old ones; null when one of them would change an old pair
 * (see above). `textOf` gives an old article's title and text when an exact comparison needs them;
 * the `gone` articles (of removed pages) are not there to fold with.
 */
export function foldNewArticles(db: Database, fresh: NewArticle[], textOf: (id: string) => string, gone: ReadonlySet<string> = new Set()): FoldingChange | null {
  const members = db.prepare('SELECT id FROM update_bands WHERE band = ? AND bucket = ?').pluck();
  const oldRow = db.prepare('SELECT root, title, features, title_places, text FROM update_articles WHERE id = ?').raw();
  const old = new Map<string, OldArticle>();
  const oldOf = (id: string): OldArticle => {
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
  while (queue.length) {
    const id = queue.pop()!;
    if (items.has(id)) continue; // (a new article's pairs are all new)
    for (const [a, b] of pairsFrom.all(id, id) as [string, string][]) {
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
  for (const [words, ids] of byWords) {
    const group = [...(sameWords.all(words) as string[]).filter((id) => !gone.has(id)), ...ids].sort(byCodeUnits);
    for (const id of group) settle(id, group[0]);
  }
  for (const id of items.keys()) if (!roots.has(id)) roots.set(id, id);
  return { roots, oldRoots, pairs, items };
}
