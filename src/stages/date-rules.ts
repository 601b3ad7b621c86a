/**
 * Choosing an article's own date over its resolved mentions (dates/configuration.ts tells how
 * they are read and resolved), and dating undated articles from their neighbours on a listing.
 */
import type { DateSource } from '../types.js';
import type { RawMention } from './dates/mention.js';

/** What `decideArticleDate` needs of an article. */
export interface DatedInput {
  dateline: string | null;
  mentions: RawMention[];
}

export interface ArticleDate {
  date: string | null;
  source: DateSource | null;
  text: string | null;
  /** Inferred from the article listed below: the article is no older than `date`. */
  floor?: boolean;
}

/** The article's own date from its dateline or its text, before neighbours are consulted. */
export function decideArticleDate(a: DatedInput): ArticleDate {
  if (a.dateline) return { date: a.dateline, source: 'dateline', text: a.dateline };
  const reported = a.mentions.filter((m) => m.granularity === 'day' && !m.future && !m.relative && !m.background);
  if (reported.length === 0) return { date: null, source: null, text: null };
  // The lead paragraph reports the event; failing that, the date the body names most often.
  const lead = reported.find((m) => m.paragraph === 0);
  if (lead) {
    // "On the sidelines of COP29, held from 11 to 22 November, ICESCO organized on Tuesday, 19
    // November, a side event": a day inside the range it first names is the article's own event.
    const within = lead.end && lead.end !== lead.start ? reported.find((m) => m.paragraph === 0 && !m.end && m.start > lead.start && m.start <= lead.end!) : undefined;
    const own = within ?? lead;
    return { date: own.start, source: 'body', text: own.text };
  }
  const support = new Map<string, number>();
  for (const m of reported) support.set(m.start, (support.get(m.start) ?? 0) + 1);
  const best = reported.reduce((b, m) => ((support.get(m.start) ?? 0) > (support.get(b.start) ?? 0) ? m : b));
  return { date: best.start, source: 'body', text: best.text };
}

/**
 * Fills undated articles of one listing page from their neighbours: listings run newest
 * first, so an undated article is no older than the nearest dated one below it.
 */
export function inferFromNeighbours(dates: ArticleDate[], titles: string[]): ArticleDate[] {
  return dates.map((d, i) => {
    if (d.date) return d;
    for (let j = i + 1; j < dates.length; j++)
      if (dates[j].date && dates[j].source !== 'inferred')
        return { date: dates[j].date, source: 'inferred' as const, text: `listed above "${titles[j]}" (${dates[j].date})`, floor: true };
    for (let j = i - 1; j >= 0; j--)
      if (dates[j].date && dates[j].source !== 'inferred')
        return { date: dates[j].date, source: 'inferred' as const, text: `listed below "${titles[j]}" (${dates[j].date})` };
    return d;
  });
}
