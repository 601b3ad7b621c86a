/**
 * dedupe: articles -> the same articles grouped into duplicate sets. Exact and near
 * duplicates (a sentence changed) are found by the Jaccard similarity of word 5-shingles,
 * estimated with one-permutation MinHash and candidate pairs drawn by LSH banding, so the
 * work grows with the number of articles, not with its square. A second test keeps apart
 * articles written from one template (same wording, other people, places and dates): their
 * names and numbers must agree too, and their titles must not name different places. The earliest
 * occurrence (in input order) represents its group.
 */

/** Two articles whose word 5-shingle sets have at least this Jaccard similarity may be one article... */
export const NEAR_DUPLICATE_JACCARD = 0.8;
/** ...if the sets of their capitalised words and numbers (names, places, dates) agree this much. */
export const SALIENT_JACCARD = 0.94;
const SHINGLE = 5;
const BINS = 128;
export const BANDS = 16;
const ROWS = BINS / BANDS;

export interface DedupeInput {
  /** Title and body of the article. */
  title: string;
  text: string;
  /** Its features, when already computed (see dedupeFeatures): a warm run reads them from the cache. */
  features?: DedupeFeatures;
  /** The places its title names (canonical names), when known: see differentPlaces. */
  titlePlaces?: readonly string[];
}

/**
 * Do two titles name different places, each one the other does not ("... Starvation in Gaza in
 * Dushanbe" and "... in Gaza in Bishkek")? Then the articles report different events, however
 * alike their bodies (one statement, or one template, published for each): a republished copy
 * may restyle its title or add to its places ("..., Tajikistan"), not exchange them. A title
 * naming no known place says nothing either way.
 */
export function differentPlaces(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (!a?.length || !b?.length) return false;
  return a.some((p) => !b.includes(p)) && b.some((p) => !a.includes(p));
}

/**
 * What dedupe needs of every article, a pure function of its title and body, encoded for the
 * cache: the MinHash sketch of its shingles (null for a text too short to have one) and its
 * salient words (names and numbers), as base64 of their 32-bit hashes.
 */
export interface DedupeFeatures {
  sketch: string | null;
  salient: string;
}

export function dedupeFeatures(a: { title: string; text: string }): DedupeFeatures {
  const s = sketch(shingles(`${a.title}\n${a.text}`));
  return { sketch: s && toBase64(s), salient: toBase64(salient(a.text)) };
}

const toBase64 = (hashes: Uint32Array) => Buffer.from(hashes.buffer, hashes.byteOffset, hashes.byteLength).toString('base64');

/** Hashes back from base64, or null when the string is not a whole number of them. */
function fromBase64(s: string): Uint32Array | null {
  const bytes = Buffer.from(s, 'base64');
  if (bytes.length % 4) return null;
  // A view of the decoded bytes where they are aligned (Node aligns its pool to 8 bytes), as
  // thousands of sketches are decoded per run; a copy otherwise.
  if (bytes.byteOffset % 4 === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  const out = new Uint32Array(bytes.length / 4);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

/** For each article, the index of the article it duplicates (its group's first), or -1. */
export function findDuplicates(articles: DedupeInput[], threshold = NEAR_DUPLICATE_JACCARD): number[] {
  return foldDuplicates(articles, threshold).dupOf;
}

/** findDuplicates, with the similar pairs it folded (see similarPairs). */
export function foldDuplicates(articles: DedupeInput[], threshold = NEAR_DUPLICATE_JACCARD): { dupOf: number[]; pairs: number[][] } {
  const items = articles.map(comparable);
  const pairs = similarPairs(items, threshold);
  const roots = foldPairs(pairs, articles.map((a) => a.titlePlaces));
  // Short texts give no shingles and no sketch: compare those exactly (the first of equal texts keeps them).
  const exact = new Map<string, number>();
  items.forEach((item, i) => {
    if (item.sketch) return;
    const j = exact.get(item.exactKey());
    if (j === undefined) exact.set(item.exactKey(), i);
    else roots[i] = j; // (an article without a sketch is in no pair: its root is itself)
  });
  return { dupOf: roots.map((r, i) => (r === i ? -1 : r)), pairs };
}

/**
 * What dedupe compares of one article, decoded once: its sketch (null for a text too short to
 * have one), and, when first asked, its salient words, its exact shingles and (for a short text)
 * its words. Cached features are used when well-formed; computed from the text otherwise.
 */
export interface Comparable {
  readonly sketch: Uint32Array | null;
  salient(): Uint32Array;
  shingles(): Uint32Array;
  /** The words of a text without a sketch, as one key: equal keys are one article. */
  exactKey(): string;
}

export function comparable(a: DedupeInput): Comparable {
  let shingleSet: Uint32Array | undefined;
  let salientSet: Uint32Array | undefined;
  const shinglesOf = () => (shingleSet ??= shingles(`${a.title}\n${a.text}`));
  const given = a.features;
  let sketched: Uint32Array | null;
  if (given && given.sketch === null) sketched = null;
  else {
    const s = given?.sketch ? fromBase64(given.sketch) : null;
    sketched = s && s.length === BINS ? s : sketch(shinglesOf());
  }
  return {
    sketch: sketched,
    // The body only: a republished copy may restyle its title ("ICESCO HOLDS ...").
    salient: () => (salientSet ??= (given && fromBase64(given.salient)) || salient(a.text)),
    shingles: shinglesOf,
    exactKey: () => wordHashes(`${a.title}\n${a.text}`).join(','),
  };
}

/**
 * Are two articles one article? Cheapest test first: names and numbers (a few dozen; they tell
 * apart most articles of one template, which is what shares buckets), then the sketches'
 * estimate, then exact shingles. Both must have sketches.
 */
export function sameArticle(a: Comparable, b: Comparable, threshold = NEAR_DUPLICATE_JACCARD): boolean {
  return jaccardAtLeast(a.salient(), b.salient(), SALIENT_JACCARD) && sameBins(a.sketch!, b.sketch!, Math.ceil((threshold - ESTIMATE_SLACK) * BINS)) && jaccardAtLeast(a.shingles(), b.shingles(), threshold);
}

/** A sketch's LSH bands, each band's rows folded into one number (collisions only cost an exact check). */
export function bandKeys(s: Uint32Array): Uint32Array {
  const keys = new Uint32Array(BANDS);
  for (let band = 0; band < BANDS; band++) {
    let key = band;
    for (let r = 0; r < ROWS; r++) key = Math.imul(key ^ s[band * ROWS + r], 0x01000193) >>> 0;
    keys[band] = key;
  }
  return keys;
}

/**
 * The pairs of articles that are one article, as [earlier, later] index pairs sorted by the later
 * index, then the earlier. Candidates are drawn by LSH banding: in each band's bucket, each
 * article is compared with the first BUCKET_REACH members (in input order) before it; a pair met
 * in an earlier band is not compared again. Whether a pair is in depends on the two articles and
 * on which buckets they share, never on the order pairs are met: adding an article that comes
 * last in its buckets adds its own pairs and changes no other (see update/dedupe.ts).
 */
export function similarPairs(items: Comparable[], threshold = NEAR_DUPLICATE_JACCARD): number[][] {
  const keys = items.map((item) => (item.sketch ? bandKeys(item.sketch) : null));
  // Per article and band: its place in that band's bucket.
  const bucketRank = new Uint32Array(items.length * BANDS);
  /** Was the pair i < j compared in a band before this one? (Cheaper than remembering pairs.) */
  const comparedBefore = (i: number, j: number, band: number) => {
    for (let b = 0; b < band; b++) if (keys[i]![b] === keys[j]![b] && bucketRank[i * BANDS + b] < BUCKET_REACH) return true;
    return false;
  };
  const pairs: number[][] = [];
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<number, number[]>();
    for (let i = 0; i < items.length; i++) {
      const k = keys[i];
      if (!k) continue;
      const b = buckets.get(k[band]);
      bucketRank[i * BANDS + band] = b ? b.length : 0;
      if (b) b.push(i);
      else buckets.set(k[band], [i]);
    }
    for (const members of buckets.values())
      for (let x = 1; x < members.length; x++)
        for (let y = 0; y < x && y < BUCKET_REACH; y++) {
          const i = members[y];
          const j = members[x]; // i < j: members are in input order
          if (!comparedBefore(i, j, band) && sameArticle(items[i], items[j], threshold)) pairs.push([i, j]);
        }
  }
  return pairs.sort((p, q) => p[1] - q[1] || p[0] - q[0]);
}

/**
 * Groups from the pairs (sorted by later index, then earlier: the articles joined in input
 * order): each pair joins its two groups unless their titles name different places (see
 * differentPlaces; checked between groups, so that no chain of alike articles joins two titles
 * naming different places through one naming none, or fewer). Returns each article's group's
 * first article. Only the pairs' own articles are looked at: a group of pairs apart from the rest
 * folds the same alone (see update/dedupe.ts).
 */
export function foldPairs(pairs: readonly (readonly number[])[], titlePlaces: readonly (readonly string[] | undefined)[]): number[] {
  const parent = titlePlaces.map((_, i) => i);
  // Per group (at its root), every place its titles name.
  const placesOf = [...titlePlaces];
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (const [i, j] of pairs) {
    const [ri, rj] = [find(i), find(j)];
    if (ri === rj || differentPlaces(placesOf[ri], placesOf[rj])) continue;
    const places = [...new Set([...(placesOf[ri] ?? []), ...(placesOf[rj] ?? [])])];
    const [root, child] = ri < rj ? [ri, rj] : [rj, ri];
    parent[child] = root;
    placesOf[root] = places;
  }
  return parent.map((_, i) => find(i));
}

/**
 * Do two sketches agree in at least `least` bins? The share of equal bins is an unbiased
 * estimate of the Jaccard similarity, within about ±0.09 (two standard deviations at 128 bins),
 * used only to skip exact checks; counting stops as soon as the answer is known.
 */
function sameBins(a: Uint32Array, b: Uint32Array, least: number): boolean {
  let differ = BINS - least; // differences still allowed
  for (let k = 0; k < BINS; k++) if (a[k] !== b[k] && --differ < 0) return false;
  return true;
}
/** How far below the threshold an estimate may fall and still be checked exactly. */
const ESTIMATE_SLACK = 0.15;
/** In a bucket, each article is compared with at most this many that precede it (a bucket of one template's articles can hold hundreds). */
export const BUCKET_REACH = 32;

/** FNV-1a, 32 bits. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * FNV-1a hashes of the text's lower-cased words (letters and digits), in one pass over the
 * characters: no word strings are built, which matters on large archives.
 */
function wordHashes(text: string): number[] {
  const out: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    let word: boolean;
    if (c < 128) {
      word = (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
      if (c >= 65 && c <= 90) c += 32;
    } else {
      const ch = text[i];
      word = /[\p{L}\p{N}\p{M}]/u.test(ch);
      if (word) c = ch.toLowerCase().charCodeAt(0);
    }
    if (word) {
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      out.push(h >>> 0);
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  if (inWord) out.push(h >>> 0);
  return out;
}

/** Sorted, unique shingle hashes, combined from the word hashes (no shingle strings). */
function shingles(text: string): Uint32Array {
  const w = wordHashes(text);
  if (w.length < SHINGLE) return new Uint32Array(0);
  const out = new Uint32Array(w.length - SHINGLE + 1);
  for (let i = 0; i + SHINGLE <= w.length; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < SHINGLE; k++) h = Math.imul(h ^ w[i + k], 0x01000193);
    out[i] = mix(h >>> 0);
  }
  out.sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[n++] = out[i];
  return out.slice(0, n);
}

/** Sorted, unique hashes of the capitalised words and numbers: the names, places and dates. */
function salient(text: string): Uint32Array {
  const out = new Set<number>();
  for (const w of text.normalize('NFKC').match(/[\p{Lu}][\p{L}\p{M}'’-]*|\d+/gu) ?? []) out.add(hash(w.toLowerCase()));
  return Uint32Array.from(out).sort();
}

/** Mixes a 32-bit hash so that bin choice and in-bin order are independent. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One-permutation MinHash with rotation densification; null when there are no shingles. */
function sketch(set: Uint32Array): Uint32Array | null {
  if (set.length === 0) return null;
  const bins = new Uint32Array(BINS).fill(0xffffffff);
  const filled = new Uint8Array(BINS);
  for (const h of set) {
    const m = mix(h);
    const bin = m % BINS;
    const v = mix(m ^ 0x9e3779b9);
    if (v <= bins[bin]) {
      bins[bin] = v;
      filled[bin] = 1;
    }
  }
  for (let b = 0; b < BINS; b++) {
    if (filled[b]) continue;
    let k = 1;
    while (!filled[(b + k) % BINS]) k++;
    bins[b] = mix(bins[(b + k) % BINS] + k);
  }
  return bins;
}

/**
 * jaccard(a, b) >= t, given up as soon as it cannot be: |A∩B| / |A∪B| >= t only when
 * |A∩B| >= t(|A|+|B|)/(1+t), so the walk stops once that many common hashes are out of reach
 * (with a margin: the answer itself is jaccard's own division, so the two never disagree).
 */
export function jaccardAtLeast(a: Uint32Array, b: Uint32Array, t: number): boolean {
  const need = (t * (a.length + b.length)) / (1 + t) - 1e-9;
  let i = 0, j = 0, inter = 0;
  while (i < a.length && j < b.length) {
    if (inter + Math.min(a.length - i, b.length - j) < need) return false;
    if (a[i] === b[j]) { inter++; i++; j++; }
    else if (a[i] < b[j]) i++;
    else j++;
  }
  const union = a.length + b.length - inter;
  return (union === 0 ? 1 : inter / union) >= t;
}

export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0, j = 0, inter = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { inter++; i++; j++; }
    else if (a[i] < b[j]) i++;
    else j++;
  }
  const union = a.length + b.length - inter;
  return union === 0 ? 1 : inter / union;
}

/** The Jaccard similarity of two texts' word 5-shingle sets (what the threshold applies to). */
export function similarity(a: DedupeInput, b: DedupeInput): number {
  return jaccard(shingles(`${a.title}\n${a.text}`), shingles(`${b.title}\n${b.text}`));
}
