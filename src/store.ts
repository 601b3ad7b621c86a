/**
 * How an assembled corpus is laid out in the cache, so that a warm query reads only what it
 * needs. A corpus is stored as four parts:
 *
 *   head.json      pages, warnings, boilerplate, and every article's id, source, title, date
 *                  and duplicates — what listing and sorting need (2 MB for 1,000 pages);
 *   details.json   every article's date mentions, people, places and organizations (read when
 *                  a command looks at them: filters, tables, dates, profiles);
 *   articles.json  every article's JSON exactly as `--json` prints it, so `list --json` copies
 *                  bytes instead of parsing and re-serialising tens of MB; an article's text is
 *                  read from there too (the head records where its JSON string lies), so the
 *                  texts are not stored twice;
 *   entities.json  the corpus-wide entities (parsed only by commands that use them), their
 *                  mentions packed as indexes (see packMentions): most of their bytes, and
 *                  most commands never look at them.
 *
 * Reading gives back a Corpus indistinguishable from the one stored (same fields, same order,
 * same JSON), whose parts are read on first use.
 */
import { jsonInArray } from './render/json.js';
import type { Article, ArticleLine, Corpus, EntityMention, EntitySummary, StoredBytes } from './types.js';

/** Byte range [start, end) in articles.json. */
type Range = [number, number];

/** The fields kept out of the head (the page lines last: only `show --lines` reads them). */
type Details = [Article['dates'], Article['people'], Article['places'], Article['organizations'], ArticleLine[]];

interface StoredArticleHead extends Omit<Article, 'text' | 'dates' | 'people' | 'places' | 'organizations'> {
  /** Range of the text's JSON string (quotes included) in articles.json. */
  t: Range;
  /** Range of the rendered JSON in articles.json. */
  j: Range;
}

export interface StoredHead {
  pages: number;
  warnings: Corpus['warnings'];
  boilerplate: Corpus['boilerplate'];
  articles: StoredArticleHead[];
  /** Byte sizes of the other parts: a part of another size is damaged or foreign. */
  sizes: Record<LazyPart, number>;
}

type LazyPart = 'details.json' | 'articles.json' | 'entities.json';

/** The parts of a stored corpus, by file name. */
export type CorpusPart = 'head.json' | LazyPart;

/**
 * Serialises a corpus into its parts, piece by piece, in the order the parts are complete:
 * the head, which records where everything else is, comes last. Handing out pieces instead
 * of whole strings keeps a large corpus from being held twice in memory. A Buffer piece is
 * only valid during the call that receives it.
 */
export function writeCorpusParts(corpus: Corpus, write: (part: CorpusPart, piece: string | Buffer) => void): void {
  const head: StoredHead = { pages: corpus.pages, warnings: corpus.warnings, boilerplate: corpus.boilerplate, articles: [], sizes: { 'details.json': 0, 'articles.json': 0, 'entities.json': 0 } };
  // One buffer, reused for every article's bytes (so a piece is only valid during its write
  // call); at most 3 bytes of UTF-8 per UTF-16 code unit, so one write encodes it all.
  let scratch = Buffer.allocUnsafe(1 << 20);
  const encode = (text: string) => {
    if (scratch.length < text.length * 3) scratch = Buffer.allocUnsafe(text.length * 3);
    return scratch.subarray(0, scratch.write(text));
  };
  let jsonAt = 0;
  let detailsAt = 0;
  const details = (piece: string) => {
    write('details.json', piece);
    detailsAt += Buffer.byteLength(piece);
  };
  details('[');
  write('articles.json', ''); // every part exists, even for a corpus without articles
  corpus.articles.forEach((a, i) => {
    const { text, dates, people, places, organizations, ...rest } = a;
    // Encoded once, here: offsets are found in the bytes, never by measuring UTF-8 lengths.
    const json = encode(jsonInArray(a));
    const literal = textLiteralIn(json);
    const t: Range = [jsonAt + literal[0], jsonAt + literal[1]];
    const j: Range = [jsonAt, (jsonAt += json.length)];
    write('articles.json', json);
    details(`${i ? ',' : ''}${JSON.stringify([dates, people, places, organizations, a.lines ?? []] satisfies Details)}`);
    head.articles.push({ ...rest, t, j });
  });
  details(']');
  const entities = JSON.stringify(corpus.entities.map(packMentions));
  write('entities.json', entities);
  head.sizes = { 'details.json': detailsAt, 'articles.json': jsonAt, 'entities.json': Buffer.byteLength(entities) };
  write('head.json', JSON.stringify(head));
}

/**
 * Where the text's JSON string lies in an article's JSON as jsonInArray renders it (UTF-8
 * bytes): on the line of the top-level "text" key (4 spaces in; nested keys are deeper, and JSON
 * strings hold no raw line break), up to its end or the comma before the next field.
 */
export function textLiteralIn(json: Buffer): Range {
  const at = json.indexOf(TEXT_KEY);
  if (at < 0) throw new Error('an article without a text');
  const start = at + TEXT_KEY.length;
  const lineEnd = json.indexOf(0x0a, start);
  const end = lineEnd < 0 ? json.length : lineEnd;
  return [start, json[end - 1] === 0x2c ? end - 1 : end];
}

const TEXT_KEY = Buffer.from('\n    "text": ');

/** How the reader gets at the parts: each is read once, when first needed. */
export interface PartReader {
  bytes(part: 'articles.json'): Buffer;
  /** Bytes [start, end) of a part, without reading the rest of it. */
  range(part: 'articles.json', start: number, end: number): Buffer;
  /** The file a part is stored in. */
  file(part: 'articles.json'): string;
  json<T>(part: 'entities.json' | 'details.json'): T;
}

/**
 * Articles whose details or text are read one by one, from their own JSON, before the parts
 * that hold every article's are read whole: showing one article over a 1,000-page archive
 * then reads a few KB instead of parsing 12 MB of details.
 */
export const SINGLE_READS = 16;

/** How a stored article reaches the fields kept out of the head. */
interface StoredParts {
  detailsOf(i: number): Details;
  textOf(i: number): string;
  linesOf(i: number): ArticleLine[];
}

/**
 * An article of a stored corpus: the head's fields, the others read on first use. A class, not
 * an object literal with getters: 9,000 of those took ~100 ms to make, as long as the rest of a
 * warm listing. Its JSON is an article's, field for field and in the order assemble() makes
 * them, so output stays byte-identical.
 */
class StoredArticle implements Article {
  readonly id: string;
  readonly source: string;
  readonly title: string;
  readonly date: string | null;
  readonly dateSource: Article['dateSource'];
  readonly dateText: string | null;
  readonly duplicates: string[];
  readonly #i: number;
  readonly #parts: StoredParts;

  constructor(h: StoredArticleHead, i: number, parts: StoredParts) {
    this.id = h.id;
    this.source = h.source;
    this.title = h.title;
    this.date = h.date;
    this.dateSource = h.dateSource;
    this.dateText = h.dateText;
    this.duplicates = h.duplicates;
    this.#i = i;
    this.#parts = parts;
  }

  get dates(): Article['dates'] {
    return this.#parts.detailsOf(this.#i)[0];
  }
  get people(): Article['people'] {
    return this.#parts.detailsOf(this.#i)[1];
  }
  get places(): Article['places'] {
    return this.#parts.detailsOf(this.#i)[2];
  }
  get organizations(): Article['organizations'] {
    return this.#parts.detailsOf(this.#i)[3];
  }
  get text(): string {
    return this.#parts.textOf(this.#i);
  }
  /** Not in the JSON (toJSON leaves it out), as on an assembled article. */
  get lines(): ArticleLine[] {
    return this.#parts.linesOf(this.#i);
  }

  /** Its place in the corpus it was read with (-1 for another corpus's). */
  indexIn(parts: StoredParts): number {
    return parts === this.#parts ? this.#i : -1;
  }

  toJSON(): Article {
    const { id, source, title, date, dateSource, dateText, dates, people, places, organizations, text, duplicates } = this;
    return { id, source, title, date, dateSource, dateText, dates, people, places, organizations, text, duplicates };
  }
}

/** Builds a Corpus from a stored head; texts, rendered JSON and entities are read on first use. */
export function corpusFromParts(head: StoredHead, read: PartReader): Corpus {
  let articlesJson: Buffer | null = null;
  let entities: Corpus['entities'] | null = null;
  let details: Details[] | null = null;
  // Articles read singly: their own JSON, parsed (the same values the whole parts hold).
  const single = new Map<number, Article>();
  const own = (i: number): Article | undefined => {
    let a = single.get(i);
    if (!a && single.size < SINGLE_READS) {
      const [start, end] = head.articles[i].j;
      single.set(i, (a = JSON.parse(read.range('articles.json', start, end).toString('utf8')) as Article));
    }
    return a;
  };
  const detailsOf = (i: number): Details => {
    const a = details ? undefined : own(i);
    return a ? [a.dates, a.people, a.places, a.organizations, []] : (details ??= read.json<Details[]>('details.json'))[i];
  };
  // An article's own JSON does not hold its lines: they are always read from the details.
  const linesOf = (i: number): ArticleLine[] => (details ??= read.json<Details[]>('details.json'))[i][4] ?? [];
  const textOf = (i: number): string => {
    const a = articlesJson ? undefined : own(i);
    if (a) return a.text;
    const [start, end] = head.articles[i].t;
    return JSON.parse((articlesJson ??= read.bytes('articles.json')).toString('utf8', start, end)) as string;
  };
  const parts: StoredParts = { detailsOf, textOf, linesOf };
  const articles = head.articles.map((h, i) => new StoredArticle(h, i, parts));
  const corpus = {
    articles,
    boilerplate: head.boilerplate,
    get entities() {
      return (entities ??= read.json<StoredEntity[]>('entities.json').map(unpackMentions));
    },
    pages: head.pages,
    warnings: head.warnings,
  } as Corpus;
  let articlesFile: string | null = null; // named once: a listing asks for thousands of ranges
  Object.defineProperty(corpus, 'articleJson', {
    enumerable: false,
    value: (a: Article): StoredBytes | undefined => {
      const i = a instanceof StoredArticle ? a.indexIn(parts) : -1;
      if (i < 0) return undefined;
      const [start, end] = head.articles[i].j;
      return { file: (articlesFile ??= read.file('articles.json')), start, end };
    },
  });
  return corpus;
}

/** An entity's mentions as stored: distinct texts, and (text, article) index pairs, flattened. */
interface PackedMentions {
  texts: string[];
  /** Per mention, its index in `texts`, then its article's index in the entity's articleIds. */
  pairs: number[];
}

type StoredEntity = Omit<EntitySummary, 'mentions'> & { mentions: EntityMention[] | PackedMentions };

/**
 * An entity with its mentions packed: 270,000 mention objects made 11 of the 13 MB of a
 * 1,000-page corpus's entities, parsed by every command that looks up a name. An entity with a
 * mention outside its own articles (not made by merge) is stored as it is.
 */
function packMentions(e: EntitySummary): StoredEntity {
  const articleAt = new Map(e.articleIds.map((id, i) => [id, i]));
  const textAt = new Map<string, number>();
  const packed: PackedMentions = { texts: [], pairs: [] };
  for (const m of e.mentions) {
    const article = articleAt.get(m.article);
    if (article === undefined) return e;
    let text = textAt.get(m.text);
    if (text === undefined) textAt.set(m.text, (text = packed.texts.push(m.text) - 1));
    packed.pairs.push(text, article);
  }
  return { ...e, mentions: packed }; // same key order: the JSON printed stays the same
}

/** The entity as it was stored; its mentions are unpacked when first read, in their place among the keys. */
function unpackMentions(e: StoredEntity): EntitySummary {
  const packed = e.mentions;
  if (Array.isArray(packed)) return e as EntitySummary;
  // Redefining a property keeps its place in the key order (JSON.stringify follows it).
  return Object.defineProperty(e, 'mentions', {
    enumerable: true,
    configurable: true,
    get(): EntityMention[] {
      const mentions: EntityMention[] = [];
      for (let k = 0; k < packed.pairs.length; k += 2) mentions.push({ text: packed.texts[packed.pairs[k]], article: e.articleIds[packed.pairs[k + 1]] });
      Object.defineProperty(e, 'mentions', { value: mentions, writable: true, enumerable: true, configurable: true });
      return mentions;
    },
  }) as EntitySummary;
}

/** Is this parsed head.json shaped like one (a foreign or damaged file is not trusted)? */
export function isStoredHead(v: unknown): v is StoredHead {
  const h = v as StoredHead;
  return !!h && typeof h.pages === 'number' && Array.isArray(h.articles) && Array.isArray(h.boilerplate) && Array.isArray(h.warnings) && typeof h.sizes === 'object' && h.sizes !== null;
}
