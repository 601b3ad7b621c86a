// The table renderer draws long listings as several cli-table3 tables joined together; the
// result must be the one table a user would get from cli-table3 alone.
import { describe, expect, it } from 'vitest';
import type { RecordSet } from '../src/render/format.js';
import { renderTable, TABLE_ROWS } from '../src/render/table.js';
import { seedPages } from './helpers/seeds.js';

interface Line {
  page: string;
  no: number;
  text: string;
}

/** Every non-blank line of the seed pages: real text, with its odd characters. */
const lines: Line[] = seedPages().flatMap((p) =>
  p.text
    .split('\n')
    .map((text, i) => ({ page: p.name, no: i + 1, text }))
    .filter((l) => l.text.trim() !== ''),
);

const setOf = (records: Line[]): RecordSet<Line> => ({
  records,
  columns: [
    { header: 'page', value: (l) => l.page, style: 'id' },
    { header: 'line', value: (l) => l.no, align: 'right', style: 'number' },
    { header: 'text', value: (l) => l.text, flex: true },
    { header: 'words', value: (l) => l.text.split(/\s+/).length, align: 'right' },
  ],
  json: (l) => l,
  empty: 'No lines.',
});

describe('renderTable over many rows', () => {
  it('is one table, whatever the rows per cli-table3 table', () => {
    expect(lines.length).toBeGreaterThan(3 * TABLE_ROWS);
    for (const color of [false, true])
      for (const width of [50, 120]) {
        const env = { color, width };
        const whole = renderTable(setOf(lines), env, Infinity);
        for (const rows of [1, 2, 7, TABLE_ROWS]) expect(renderTable(setOf(lines), env, rows)).toBe(whole);
      }
  });

  it('draws one line per row, between a header and the borders, each as wide as the terminal allows', () => {
    const out = renderTable(setOf(lines), { color: false, width: 100 }).trimEnd().split('\n');
    expect(out).toHaveLength(lines.length + 4);
    expect(out[0]).toMatch(/^┌─+┬/);
    expect(out[1]).toMatch(/^│ page +│ line │ text +│ words │$/);
    expect(out[2]).toMatch(/^├─+┼/);
    expect(out.at(-1)).toMatch(/^└─+┴/);
    expect(out.filter((l) => /^[┌├└]/.test(l))).toHaveLength(3); // no seam shows
    for (const l of out) expect([...l].length).toBeLessThanOrEqual(100);
  });

  it('a table exactly as long as a cli-table3 table, or one row longer, joins the same way', () => {
    const env = { color: false, width: 80 };
    for (const n of [1, TABLE_ROWS, TABLE_ROWS + 1, 2 * TABLE_ROWS])
      expect(renderTable(setOf(lines.slice(0, n)), env)).toBe(renderTable(setOf(lines.slice(0, n)), env, Infinity));
  });
});
