/**
 * A resolved result as the date mention an article reports, with where it came from: which rule
 * read it and which refiners changed it (for `--explain`, kept out of the public JSON).
 */
import type { DateMention } from '../../types.js';
import type { ArticleResult } from './article.js';
import { monthShift } from './resolving/month-from-article.js';
import { daySpan, monthSpan } from './span.js';
import { BACKGROUND, before, FUTURE, has, UNTIL, valueOf } from './tags.js';
import { cleanMentionText } from './wording.js';

/** Which rule read a date mention, and which refiners changed it, in order. */
export interface DateProvenance {
  /** 'chrono.casual' (chrono's own parsers), an icesco parser ('icesco.day-range-and', …), or 'icesco.dateline'. */
  rule: string;
  /** The refiners that changed it, reading's then resolving's ('icesco.weekday-with-date', 'icesco.year-from-article', …). */
  refinedBy: string[];
}

/** A date mention in an article, before the article's own date is chosen. */
export interface RawMention extends DateMention {
  /** Offset of the mention in the article text (-1: the dateline, above the text). */
  offset: number;
  /** Index of the paragraph it is in (0: the lead; -1: the dateline). */
  paragraph: number;
  /** True when the year came from the text itself. */
  yearStated: boolean;
  /** Resolved from the text's own date ("on Sunday"): never evidence for that date. */
  relative?: boolean;
  /** Background: the start of a period still going on ("since 7 October 2023"), a body's founding ("Founded in May 1979"): a date, never the article's own. */
  background?: boolean;
  provenance: DateProvenance;
}

/** The words a date mention is shown with: a joined date with the weekdays that open it, and its closing bracket. */
export function shownText(r: ArticleResult): string {
  if (!r.leads.length) return r.text;
  const [sentence, end] = [r.sentence.text, r.index + r.text.length];
  return sentence.slice(r.leads[0].index, end) + (sentence.slice(end).match(/^\s*\)/)?.[0] ?? '');
}

function provenanceOf(r: ArticleResult): DateProvenance {
  const tags = [...r.tags()];
  const rule = tags.find((t) => t.startsWith('parser/icesco.'))?.slice('parser/'.length) ?? 'chrono.casual';
  return { rule, refinedBy: tags.filter((t) => t.startsWith('refiner/')).map((t) => t.slice('refiner/'.length)) };
}

/** The mention a resolved result makes. */
export function toMention(r: ArticleResult): RawMention {
  const at = { sentence: r.sentence.text, paragraph: r.sentence.paragraph, offset: r.sentence.offset + (r.leads[0] ?? r).index, provenance: provenanceOf(r) };
  const day = (text: string) => ({ ...at, text: cleanMentionText(text), start: daySpan(r).start, end: null, granularity: 'day' as const, yearStated: false });
  switch (r.kind) {
    case 'date': {
      const text = cleanMentionText(shownText(r));
      const [future, yearStated] = [has(r, FUTURE), r.start.isCertain('year')];
      const background = has(r, BACKGROUND) ? { background: true } : {};
      if (!r.start.isCertain('day')) return { ...at, text, ...monthSpan(r), granularity: 'month', future, yearStated, ...background };
      return { ...at, text, ...daySpan(r), granularity: 'day', future, yearStated, ...(r.warning ? { warning: r.warning } : {}), ...background };
    }
    case 'month-word': {
      const lead = /\b(?:earlier|later)\s+$/i.exec(before(r.sentence.text, r))?.[0] ?? '';
      return { ...at, text: cleanMentionText(lead + r.text), ...monthSpan(r), granularity: 'month', future: monthShift(r.text) > 0, yearStated: false, relative: true };
    }
    case 'weekday': {
      const until = valueOf(r, UNTIL) !== undefined;
      return { ...day(r.text.replace(/^(?:on|this|last|next)\s+/i, '')), future: has(r, FUTURE), ...(until ? {} : { relative: true }) };
    }
    default: // 'shift', 'yesterday'
      return { ...day(r.text), future: false, relative: true };
  }
}

/** The mention as users see it; its provenance rides along, out of its JSON (see `dateProvenance`). */
export function publicMention(m: RawMention): DateMention {
  const { text, start, end, granularity, sentence, future, warning } = m;
  const out: DateMention = { text, start, end, granularity, sentence, future, ...(warning ? { warning } : {}) };
  return Object.defineProperty(out, 'provenance', { value: m.provenance, enumerable: false, writable: true, configurable: true });
}

/** Which rule read a mention of an assembled article and which refiners changed it (not kept in the cache's stored corpus). */
export const dateProvenance = (m: DateMention): DateProvenance | undefined => (m as { provenance?: DateProvenance }).provenance;
