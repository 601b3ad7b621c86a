import type { StoredBytes } from '../types.js';
import type { RecordSet, Rendered } from './format.js';

/** One JSON object per line, for `jq -c` and streaming. */
export function renderNdjson<T>(set: RecordSet<T>): Rendered {
  if (!set.storedJson) return set.records.map((r) => `${JSON.stringify(set.json(r))}\n`).join('');
  // Records stored as JSON already are copied compact (see compactJson), never parsed.
  const newline = Buffer.from('\n');
  const chunks: Array<Uint8Array | StoredBytes> = [];
  for (const r of set.records) {
    const stored = set.storedJson(r);
    chunks.push(stored ? { ...stored, compact: true } : Buffer.from(JSON.stringify(set.json(r))), newline);
  }
  return chunks;
}
