import type { RecordSet } from '../render/index.js';
import type { BoilerplateEntry, Corpus } from '../types.js';

/** `icesco boilerplate`: the chrome removed, and how many pages carried it. */
export function listBoilerplate(corpus: Corpus): RecordSet<BoilerplateEntry> {
  return {
    records: corpus.boilerplate,
    empty: 'No boilerplate found.',
    columns: [
      { header: 'pages', value: (b) => `${b.pages}/${corpus.pages}`, align: 'right', style: 'number' },
      { header: 'times', value: (b) => b.occurrences, align: 'right', style: 'number' },
      { header: 'why', value: (b) => b.reason, style: 'dim' },
      { header: 'line', value: (b) => b.text, flex: true },
    ],
    // "5/5" would be read as a date by a spreadsheet: two numbers instead.
    fields: [
      { name: 'pages', value: (b) => b.pages },
      { name: 'totalPages', value: () => corpus.pages },
      { name: 'occurrences', value: (b) => b.occurrences },
      { name: 'reason', value: (b) => b.reason },
      { name: 'text', value: (b) => b.text },
    ],
    json: (b) => b,
  };
}
