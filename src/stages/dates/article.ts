/**
 * A reading brought back into chrono's own classes in an article's page context: the article's
 * date is chrono's reference, as if chrono had parsed the article knowing it, so that resolving
 * refiners imply what the text leaves out the way chrono's parsers do.
 */
import { ParsingComponents, ParsingContext, ParsingResult, ReferenceWithTimezone } from 'chrono-node';
import { daySpan } from './span.js';
import type { ReadResult, ReadSentence, Stated } from './reading.js';
import { JOINED, kindOf, LEAD, SKIP, type Kind } from './tags.js';

/** Any instant: used only when the article has no date, where nothing is resolved. */
const NEUTRAL = new Date(Date.UTC(2000, 0, 1, 12));

/** The article a reading is resolved in: its date (chrono's reference), if any. */
export class ArticleContext extends ParsingContext {
  constructor(
    /** The article's date (or its neighbour's on the page); null when the page gives none. */
    readonly date: Date | null,
    /** The date is a floor: the article is no older than it (the article listed below it). */
    readonly floor = false,
  ) {
    super('', { instant: date ?? NEUTRAL, timezone: 0 });
  }
}

const components = (reference: ReferenceWithTimezone, known: Stated) => new ParsingComponents(reference, known);

/** A chrono result in its article, with the sentence it was read in. */
export class ArticleResult extends ParsingResult {
  readonly kind: Kind;
  /** The weekdays or "today" that open this date ("today, Thursday (…"), in order. */
  leads: ArticleResult[] = [];
  /** Set when the text names a weekday that contradicts the date. */
  warning?: string;

  constructor(reference: ReferenceWithTimezone, read: ReadResult, readonly sentence: ReadSentence) {
    super(reference, read.index, read.text, components(reference, read.start), read.end ? components(reference, read.end) : undefined);
    this.addTags(read.tags);
    this.kind = kindOf(this);
  }

  /** Its first and last day, once resolved (end null: one day). */
  get span() {
    return daySpan(this);
  }
}

/** A resolving refiner: shaped as chrono's Refiner, run over a whole article's results in page context. */
export interface ResolvingRefiner {
  refine(context: ArticleContext, results: ArticleResult[]): ArticleResult[];
}

/**
 * An article's readings as chrono results in `context`: the date mentions, each with the weekdays
 * that open it; skipped results and leads are not among them.
 */
export function inContext(sentences: ReadSentence[], context: ArticleContext): ArticleResult[] {
  const out: ArticleResult[] = [];
  for (const s of sentences) {
    let leads: ArticleResult[] = [];
    for (const read of s.expressions) {
      if (read.tags.includes(SKIP)) {
        leads = [];
        continue;
      }
      const r = new ArticleResult(context.reference, read, s);
      if (read.tags.includes(LEAD)) {
        leads.push(r);
        continue;
      }
      if (read.tags.includes(JOINED)) r.leads = leads;
      leads = [];
      out.push(r);
    }
  }
  return out;
}

/** Resolves a result to a day, as chrono implies what a text leaves out. */
export function imply(r: ParsingResult, day: Date): void {
  r.start.imply('year', day.getUTCFullYear()).imply('month', day.getUTCMonth() + 1).imply('day', day.getUTCDate());
}

/** A mention of a day (or a range of days), not of a month. */
export const isDay = (r: ArticleResult) => (r.kind === 'date' ? r.start.isCertain('day') : r.kind !== 'month-word');
