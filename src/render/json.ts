import type { StoredBytes } from '../types.js';
import type { RecordSet, Rendered } from './format.js';

/** A JSON array of the records (or the object itself), nothing else. */
export function renderJson<T>(set: RecordSet<T>): Rendered {
  if (!set.storedJson || set.records.length === 0) return `${JSON.stringify(set.records.map(set.json), null, 2)}\n`;
  // Byte for byte what JSON.stringify(records, null, 2) prints, copied from stored pieces where
  // there are some (tens of MB are then never read into memory, parsed or encoded).
  const comma = Buffer.from(',\n');
  const chunks: Array<Uint8Array | StoredBytes> = [Buffer.from('[\n')];
  set.records.forEach((r, i) => {
    if (i) chunks.push(comma);
    chunks.push(set.storedJson!(r) ?? Buffer.from(jsonInArray(set.json(r))));
  });
  chunks.push(Buffer.from('\n]\n'));
  return chunks;
}

/**
 * A value's JSON as it appears inside a 2-space-indented array: what the cache stores for each
 * article, so listing can copy it. Indented only at \n, where JSON.stringify breaks lines (a
 * /^/m would also match after U+2028).
 */
export function jsonInArray(value: unknown): string {
  return `  ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`;
}

/** A single JSON value. */
export function renderJsonValue(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
