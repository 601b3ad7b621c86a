import type { RecordSet, Rendered } from './format.js';

/** A JSON array of the records (or the object itself), nothing else. */
export function renderJson<T>(set: RecordSet<T>): Rendered {
  if (!set.storedJson || set.records.length === 0) return `${JSON.stringify(set.records.map(set.json), null, 2)}\n`;
  // Byte for byte what JSON.stringify(records, null, 2) prints, copied from stored pieces where
  // there are some (tens of MB are then never parsed or encoded).
  const comma = Buffer.from(',\n');
  const chunks: Uint8Array[] = [Buffer.from('[\n')];
  set.records.forEach((r, i) => {
    if (i) chunks.push(comma);
    chunks.push(set.storedJson!(r) ?? Buffer.from(jsonInArray(set.json(r))));
  });
  chunks.push(Buffer.from('\n]\n'));
  return chunks;
}

/**
 * A value's JSON as it appears inside a 2-space-indented array: what the cache stores for each
 * article, so listing can copy it. JSON.stringify indents it itself inside a one-element array
 * ("[\n" + value + "\n]"): a quarter faster than re-indenting the value's own JSON.
 */
export function jsonInArray(value: unknown): string {
  return JSON.stringify([value], null, 2).slice(2, -2);
}

/** A single JSON value. */
export function renderJsonValue(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Copies JSON text into `into` without the white space outside its strings, and tells how many
 * bytes it wrote (never more than it read). JSON.stringify(v, null, 2) differs from
 * JSON.stringify(v) only by such white space, so this turns the one into the other. Works on
 * UTF-8: no byte of a multi-byte character is a quote or a backslash.
 */
export function compactJson(json: Uint8Array, into: Uint8Array): number {
  let n = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (inString) {
      into[n++] = c;
      if (c === BACKSLASH) into[n++] = json[++i];
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
      into[n++] = c;
    } else if (c !== SPACE && c !== NEWLINE) into[n++] = c;
  }
  return n;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const SPACE = 0x20;
const NEWLINE = 0x0a;
