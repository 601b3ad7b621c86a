/**
 * What reading an article's dates leaves: chrono's own results, as plain data that the cache can
 * keep and a worker thread can send. Nothing in it depends on a reference date.
 */
import type { ParsedResult } from 'chrono-node';

/** The date components a reading keeps. */
export type Unit = 'year' | 'month' | 'day' | 'weekday';
export const UNITS: Unit[] = ['year', 'month', 'day', 'weekday'];

/**
 * The components chrono knows (`isCertain`) of one side of a result. For what the text states
 * ("17 September") that is the text's own; for a relative expression ("yesterday", "last month")
 * chrono counted them from a neutral reference, and resolving counts them again.
 */
export type Stated = Partial<Record<Unit, number>>;

/** One chrono result: its place and words in the sentence, its known components and its tags. */
export interface ReadResult {
  index: number;
  text: string;
  start: Stated;
  end: Stated | null;
  /**
   * icesco's tags, as chrono's parsers and refiners tag results: `parser/icesco.<name>` and
   * `refiner/icesco.<name>` say which rule read and which changed it; `icesco/...` carry what the
   * rules found (see tags.ts).
   */
  tags: string[];
}

/** One sentence with dates, where it is in the article. */
export interface ReadSentence {
  text: string;
  /** Index of its paragraph (0: the lead). */
  paragraph: number;
  /** Its offset in the article's text (paragraphs joined by blank lines). */
  offset: number;
  expressions: ReadResult[];
}

/** An article's dates as read: the expensive, cacheable part. */
export interface DateReading {
  sentences: ReadSentence[];
}

/** The tags a reading keeps: icesco's own (chrono's, such as its parsers' names, are left out). */
const KEPT_TAG = /^(?:icesco\/|parser\/icesco\.|refiner\/icesco\.)/;

/** A chrono result as plain data. */
export function toReadResult(r: ParsedResult): ReadResult {
  const known = (c: ParsedResult['start']): Stated => {
    const out: Stated = {};
    for (const u of UNITS) if (c.isCertain(u)) out[u] = c.get(u)!;
    return out;
  };
  return { index: r.index, text: r.text, start: known(r.start), end: r.end ? known(r.end) : null, tags: [...r.tags()].filter((t) => KEPT_TAG.test(t)) };
}
