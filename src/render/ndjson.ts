import type { RecordSet } from './format.js';

/** One JSON object per line, for `jq -c` and streaming. */
export function renderNdjson<T>(set: RecordSet<T>): string {
  return set.records.map((r) => `${JSON.stringify(set.json(r))}\n`).join('');
}
