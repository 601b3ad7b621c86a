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
const BANDS = 16;
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
  // Features computed here unless given (and well-formed); exact shingles only for the pairs
  // that get as far as the exact check.
  const shingleSets: (Uint32Array | undefined)[] = [];
  const shinglesOf = (i: number) => (shingleSets[i] ??= shingles(`${articles[i].title}\n${articles[i].text}`));
  const salientSets: (Uint32Array | undefined)[] = [];
  // The body only: a republished copy may restyle its title ("ICESCO HOLDS ...").
  const salientOf = (i: number) => (salientSets[i] ??= (articles[i].features && fromBase64(articles[i].features!.salient)) || salient(articles[i].text));
  const sketches = articles.map((a, i) => {
    const given = a.features;
    if (given && given.sketch === null) return null;
    const s = given?.sketch ? fromBase64(given.sketch) : null;
    return s && s.length === BINS ? s : sketch(shinglesOf(i));
  });
  const parent = articles.map((_, i) => i);
  // Per group (at its root), every place its titles name. Checked between groups, not only
  // between the pair compared, so that no chain of alike articles joins two titles naming
  // different places through one naming none, or fewer.
  const placesOf = articles.map((a) => a.titlePlaces);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  // Per article and band: the band's rows folded into one number (collisions only cost an exact
  // check), and the article's place in that band's bucket.
  const bandKey = new Uint32Array(articles.length * BANDS);
  const bucketRank = new Uint32Array(articles.length * BANDS);
  /** Was the pair i < j compared in a band before this one? (Cheaper than remembering pairs.) */
  const comparedBefore = (i: number, j: number, band: number) => {
    for (let b = 0; b < band; b++) if (bandKey[i * BANDS + b] === bandKey[j * BANDS + b] && bucketRank[i * BANDS + b] < BUCKET_REACH) return true;
    return false;
  };
  const least = Math.ceil((threshold - ESTIMATE_SLACK) * BINS);
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<number, number[]>();
    for (let i = 0; i < articles.length; i++) {
      const s = sketches[i];
      if (!s) continue;
      let key = band;
      for (let r = 0; r < ROWS; r++) key = Math.imul(key ^ s[band * ROWS + r], 0x01000193) >>> 0;
      bandKey[i * BANDS + band] = key;
      const b = buckets.get(key);
      bucketRank[i * BANDS + band] = b ? b.length : 0;
      if (b) b.push(i);
      else buckets.set(key, [i]);
    }
    for (const members of buckets.values()) {
      for (let x = 1; x < members.length; x++) for (let y = 0; y < x && y < BUCKET_REACH; y++) {
        const i = members[y];
        const j = members[x]; // i < j: members are in input order
        if (find(i) === find(j) || comparedBefore(i, j, band) || differentPlaces(placesOf[find(i)], placesOf[find(j)])) continue;
        // Cheapest test first: names and numbers (a few dozen; they tell apart most articles of
        // one template, which is what shares buckets), then the sketches' estimate, then exact shingles.
        if (!jaccardAtLeast(salientOf(i), salientOf(j), SALIENT_JACCARD) || !sameBins(sketches[i]!, sketches[j]!, least)) continue;
        if (jaccardAtLeast(shinglesOf(i), shinglesOf(j), threshold)) {
          const [ri, rj] = [find(i), find(j)];
          const places = [...new Set([...(placesOf[ri] ?? []), ...(placesOf[rj] ?? [])])];
          if (ri < rj) parent[rj] = ri;
          else parent[ri] = rj;
          placesOf[Math.min(ri, rj)] = places;
        }
      }
    }
  }
  // Short texts give no shingles and no sketch: compare those exactly.
  const exact = new Map<string, number>();
  for (let i = 0; i < articles.length; i++) {
    if (sketches[i]) continue;
    const key = wordHashes(`${articles[i].title}\n${articles[i].text}`).join(',');
    const j = exact.get(key);
    if (j === undefined) exact.set(key, i);
    else parent[i] = find(j);
  }
  return articles.map((_, i) => (find(i) === i ? -1 : find(i)));
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
const BUCKET_REACH = 32;

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
