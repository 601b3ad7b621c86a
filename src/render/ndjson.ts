import type { RecordSet, Rendered } from './format.js';
import { compactJson } from './json.js';

/** One JSON object per line, for `jq -c` and streaming. */
export function renderNdjson<T>(set: RecordSet<T>): Rendered {
  if (!set.storedJson) return set.records.map((r) => `${JSON.stringify(set.json(r))}\n`).join('');
  // Records stored as JSON already are copied compact (see compactJson), never parsed.
  const newline = Buffer.from('\n');
  const chunks: Uint8Array[] = [];
  for (const r of set.records) {
    const stored = set.storedJson(r);
    chunks.push(stored ? compacted(stored) : Buffer.from(JSON.stringify(set.json(r))), newline);
  }
  return chunks;
}

/** Stored indented JSON made compact, in a buffer of its own. */
function compacted(json: Uint8Array): Uint8Array {
  const into = Buffer.allocUnsafe(json.length);
  return into.subarray(0, compactJson(json, into));
}
