import type { RecordSet } from './format.js';

const cell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** RFC 4180 CSV with a header row; full values, never truncated. */
export function renderCsv<T>(set: RecordSet<T>): string {
  const columns = set.columns.filter((c) => !c.tableOnly);
  const lines = [columns.map((c) => cell(c.header)).join(',')];
  for (const r of set.records) lines.push(columns.map((c) => cell(c.value(r))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
