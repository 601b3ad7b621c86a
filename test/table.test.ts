// The table renderer draws long listings as several cli-table3 tables joined together; the
// result must be the one table a user would get from cli-table3 alone. And it fits the
// terminal title first: other columns shrink or go before the title gets unreadable.
import { describe, expect, it } from 'vitest';
import { listArticles } from '../src/commands/list.js';
import { analyze } from '../src/pipeline.js';
import type { RecordSet } from '../src/render/format.js';
import { renderTable, TABLE_ROWS } from '../src/render/table.js';
import type { Article } from '../src/types.js';
import { REF, seedPages } from './helpers/seeds.js';

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
  fields: [],
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

/** A drawn table's header names and each row's cells, borders and padding removed. */
function cellsOf(table: string): { header: string[]; rows: string[][]; widths: number[]; lines: string[] } {
  const lines = table.trimEnd().split('\n');
  const split = (line: string) => line.split('│').slice(1, -1);
  const widths = split(lines[1]).map((c) => [...c].length - 2);
  return { header: split(lines[1]).map((c) => c.trim()), rows: lines.slice(3, -1).map((l) => split(l).map((c) => c.trim())), widths, lines };
}

describe('list tables fit the terminal, title first (seeds)', () => {
  const corpus = analyze(seedPages(), { today: REF });
  const env = (width: number) => ({ color: false, width });
  /** Ids as long as the ones to come: page name, a 6-hex content hash, position. */
  const longIds = (articles: Article[]) => articles.map((a) => ({ ...a, id: `${a.id.replace(/-\d+$/, '')}-a1b2c3${a.id.slice(a.id.lastIndexOf('-'))}` }));

  it('at 60 columns: the id whole (a user copies it), the date gone before the title is cut under 20 characters, no empty dups column', () => {
    const set = listArticles(corpus, {});
    expect(set.records.every((a) => a.duplicates.length === 0)).toBe(true);
    const t = cellsOf(renderTable(set, env(60)));
    for (const l of t.lines) expect([...l].length).toBeLessThanOrEqual(60);
    expect(t.header).toEqual(['id', 'title']);
    expect(t.widths[1]).toBeGreaterThanOrEqual(20);
    expect(t.rows[0][1]).toBe(`${[...set.records[0].title].slice(0, t.widths[1] - 1).join('')}…`);
    expect(t.rows.map((r) => r[0])).toEqual(set.records.map((a) => a.id));
  });

  it('at 100 columns: ids whole, a title of half the width, places gone before the title is cut further, no dups', () => {
    const set = listArticles(corpus, {});
    const t = cellsOf(renderTable(set, env(100)));
    for (const l of t.lines) expect([...l].length).toBeLessThanOrEqual(100);
    expect(t.header).toEqual(['date', 'id', 'title']);
    expect(t.widths[2]).toBeGreaterThanOrEqual(50);
    expect(t.rows.map((r) => r[1])).toEqual(set.records.map((a) => a.id));
    expect(t.rows[0][0]).toBe(set.records[0].date);
  });

  it('copes with longer ids: whole at 100 columns and at 60, where the date gives way', () => {
    const set = listArticles({ ...corpus, articles: longIds(corpus.articles) }, {});
    expect(set.records[0].id).toMatch(/^[0-9a-z_]+-[0-9a-f]+-a1b2c3-\d\d$|^\d{3}_[0-9a-f]{16}-a1b2c3-\d\d$/);
    const wide = cellsOf(renderTable(set, env(100)));
    expect(wide.rows.map((r) => r[1])).toEqual(set.records.map((a) => a.id));
    expect(wide.widths[wide.header.indexOf('title')]).toBeGreaterThanOrEqual(45);
    const narrow = cellsOf(renderTable(set, env(60)));
    expect(narrow.header).toEqual(['id', 'title']);
    expect(narrow.widths[1]).toBeGreaterThanOrEqual(20);
    expect(narrow.rows.map((r) => r[0])).toEqual(set.records.map((a) => a.id));
  });

  it('keeps the dups column when an article was folded: a page scraped twice', () => {
    const [first] = seedPages();
    const twice = analyze([...seedPages(), { ...first, source: 'copy.txt', name: 'copy' }], { today: REF });
    const set = listArticles(twice, {});
    const folded = set.records.filter((a) => a.duplicates.length > 0);
    expect(folded.length).toBeGreaterThan(0);
    for (const [width, header] of [[100, ['date', 'id', 'title', 'dups']], [140, ['date', 'id', 'title', 'dups', 'places']]] as const) {
      const t = cellsOf(renderTable(set, env(width)));
      expect(t.header).toEqual(header);
      expect(t.widths[2]).toBeGreaterThanOrEqual(40);
      expect(t.rows[set.records.indexOf(folded[0])][3]).toBe(String(folded[0].duplicates.length));
    }
    // At 60 columns it goes too, before the title is cut under 20 characters.
    const narrow = cellsOf(renderTable(set, env(60)));
    expect(narrow.header).toEqual(['id', 'title']);
    expect(narrow.widths[1]).toBeGreaterThanOrEqual(20);
  });
});
