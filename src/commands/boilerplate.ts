import type { RecordSet } from '../render/index.js';
import type { BoilerplateEntry, Corpus } from '../types.js';

/** `icesco boilerplate`: the chrome removed, and how many pages carried it. */
export function listBoilerplate(corpus: Corpus): RecordSet<BoilerplateEntry> {
  return {
    records: corpus.boilerplate,
    empty: 'No boilerplate found.',
    columns: [
      { header: 'pages', value: (b) => `${b.pageCount}/${corpus.pages}`, align: 'right', style: 'number' },
      { header: 'times', value: (b) => b.occurrenceCount, align: 'right', style: 'number' },
      { header: 'why', value: (b) => b.reason, style: 'dim' },
      { header: 'line', value: (b) => b.text, flex: true },
    ],
    // (The table's "5/5" would be read as a date by a spreadsheet: the count alone.)
    fields: [
      { name: 'pageCount', value: (b) => b.pageCount },
      { name: 'occurrenceCount', value: (b) => b.occurrenceCount },
      { name: 'reason', value: (b) => b.reason },
      { name: 'text', value: (b) => b.text },
    ],
    json: (b) => b,
  };
}
