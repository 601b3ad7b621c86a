import type { Field, RecordSet } from '../render/index.js';
import { byCodeUnits } from '../text.js';
import type { Corpus, DateMention, DateQuery, DateRow } from '../types.js';
import { inPeriod } from './filters.js';

export type DatesOptions = DateQuery;
export type { DateRow };

/** Where a mention lies relative to its article's own date (null for an undated article). */
export function relationOf(articleDate: string | null, m: DateMention): DateRow['relation'] {
  return articleDate ? (m.start > articleDate ? 'after' : (m.end ?? m.start) < articleDate ? 'before' : 'same') : null;
}

/** The order `icesco dates` lists mentions in: by date, then by article id (then as found: the sort is stable). */
export function dateOrder(a: { start: string; article: string }, b: { start: string; article: string }): number {
  return byCodeUnits(a.start, b.start) || byCodeUnits(a.article, b.article);
}

/** The date mentions the query picks, from the articles themselves. */
function datesOf(corpus: Corpus, options: DatesOptions): DateRow[] {
  const rows: DateRow[] = [];
  for (const a of corpus.articles) for (const m of a.dates) rows.push({ ...m, article: a.id, title: a.title, articleDate: a.date, relation: relationOf(a.date, m) });
  return rows
    .filter((r) => inPeriod(r.start, options))
    .filter((r) => !options.upcoming || r.relation === 'after' || (r.relation === null && r.future))
    .filter((r) => !options.past || r.relation === 'before' || r.relation === 'same')
    .filter((r) => !options.warnings || !!r.warning)
    .sort(dateOrder)
    .slice(0, options.limit ?? Infinity);
}

/** `icesco dates`: every date mention, in date order. */
export function listDates(corpus: Corpus, options: DatesOptions): RecordSet<DateRow> {
  const records = corpus.index?.dates(options) ?? datesOf(corpus, options);
  const fields: Field<DateRow>[] = [
    { name: 'start', value: (r) => r.start },
    { name: 'end', value: (r) => r.end },
    { name: 'text', value: (r) => r.text },
    { name: 'article', value: (r) => r.article },
    { name: 'relation', value: (r) => r.relation },
    { name: 'sentence', value: (r) => r.sentence },
  ];
  if (options.warnings) fields.push({ name: 'warning', value: (r) => r.warning });
  return {
    records,
    empty: 'No date mentions match.',
    // A range is kept whole (min 23); the sentence wins the width, the article id is cut before it.
    columns: [
      { header: 'date', value: (r) => (r.end ? `${r.start} → ${r.end}` : r.start), style: 'date', min: 23 },
      { header: 'text', value: (r) => r.text, max: 30, min: 12 },
      { header: 'article', value: (r) => r.article, style: 'id', shrinkLast: true, min: 12 },
      { header: 'when', value: (r) => r.relation ?? '', max: 6, style: 'dim' },
      { header: 'sentence', value: (r) => r.warning ?? r.sentence, flex: true, style: options.warnings ? 'warning' : undefined },
    ],
    fields,
    json: (r) => r,
  };
}
