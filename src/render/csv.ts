/**
 * CSV for spreadsheets: RFC 4180 with a header row of JSON field names (see Field), full values,
 * never truncated.
 */
import type { RecordSet } from './format.js';

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return before
 * one): written with a leading apostrophe, as OWASP advises against CSV injection.
 */
const FORMULA = /^[=+\-@\t\r]/;
/** ...except a negative number, which stays a number (ISO dates start with a digit anyway). */
const NEGATIVE_NUMBER = /^-\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/;

/** One cell: guarded against formulas, then quoted when it holds a quote, comma or line break. */
export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (FORMULA.test(s) && !NEGATIVE_NUMBER.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The records' fields, one row each, after a header row of the fields' names; CRLF line ends. */
export function renderCsv<T>(set: RecordSet<T>): string {
  const lines = [set.fields.map((f) => csvCell(f.name)).join(',')];
  for (const r of set.records) lines.push(set.fields.map((f) => csvCell(f.value(r))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
