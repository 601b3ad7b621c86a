import type { RecordSet } from './format.js';

/** A JSON array of the records (or the object itself), nothing else. */
export function renderJson<T>(set: RecordSet<T>): string {
  return `${JSON.stringify(set.records.map(set.json), null, 2)}\n`;
}

/** A single JSON value. */
export function renderJsonValue(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
