/**
 * Output formats beyond the terminal table (issue #17): a piped table is TSV with whole rows;
 * CSV headers are the JSON field names, ranges and "5/5" are split into plain columns, and
 * formulas are defused; JSON says `articleCount` for a count and `articles` only for a list.
 */
import { describe, expect, it } from 'vitest';
import { listBoilerplate } from '../src/commands/boilerplate.js';
import { listDates } from '../src/commands/dates.js';
import { listEntities } from '../src/commands/entities.js';
import { coOccurrence } from '../src/commands/graph.js';
import { listArticles } from '../src/commands/list.js';
import { timeline } from '../src/commands/timeline.js';
import { profile } from '../src/commands/who.js';
import { analyze } from '../src/pipeline.js';
import { csvCell, renderCsv } from '../src/render/csv.js';
import { renderGraph } from '../src/render/graph.js';
import { renderRecords, type RecordSet } from '../src/render/index.js';
import { pageOf, REF, seedPages } from './helpers/seeds.js';

const corpus = analyze(seedPages(), { today: REF });
/** A page whose weekday contradicts its date (17 September 2025 was a Wednesday). */
const misdated = analyze([pageOf([
  'ICESCO Holds Workshop on Heritage in Rabat',
  'The Islamic World Educational, Scientific and Cultural Organization (ICESCO) held on Monday, 17 September 2025, a workshop on heritage management in Rabat for young researchers.',
])], { today: REF });

/** A CSV's header and rows as cells, RFC 4180 quoting undone. */
function parseCsv(csv: string): string[][] {
  expect(csv.endsWith('\r\n')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && csv[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

const TTY = { color: false, width: 80 };
const PIPE = { color: false, width: 80, tty: false };

describe('a table piped to another program is TSV', () => {
  const set = listArticles(corpus, {});

  it('prints whole rows: every full title, tab-separated under a header row, no borders, no colour', () => {
    const tsv = renderRecords(set, 'table', { ...PIPE, color: true }) as string;
    const lines = tsv.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(set.records.length + 1);
    expect(lines[0]).toBe('date\tid\ttitle\tdups\tplaces');
    expect(tsv).not.toMatch(/[│┌┐└┘─…\u001b]/);
    const longest = set.records.reduce((a, b) => (b.title.length > a.title.length ? b : a));
    expect(longest.title.length).toBeGreaterThan(80);
    lines.slice(1).forEach((line, i) => {
      const cells = line.split('\t');
      expect(cells).toHaveLength(5);
      expect(cells[1]).toBe(set.records[i].id);
      expect(cells[2]).toBe(set.records[i].title);
      expect(cells[4]).toBe(set.records[i].places.map((p) => p.name).join(', '));
    });
    expect(tsv).toContain(`\t${longest.title}\t`);
  });

  it('turns tabs and newlines inside values into spaces, and gives an empty listing its header alone', () => {
    const odd: RecordSet<{ a: string; b: number }> = {
      records: [{ a: 'one\ttwo\nthree\r\nfour', b: -1 }],
      columns: [{ header: 'a', value: (r) => r.a, flex: true }, { header: 'b', value: (r) => r.b }, { header: '', value: () => 1, bar: true }],
      fields: [],
      json: (r) => r,
      empty: 'Nothing.',
    };
    expect(renderRecords(odd, 'table', PIPE)).toBe('a\tb\none two three four\t-1\n');
    expect(renderRecords({ ...odd, records: [] }, 'table', PIPE)).toBe('a\tb\n');
  });

  it('is still a table on a terminal, and when the CLI does not say (tty left out)', () => {
    for (const env of [TTY, { ...TTY, tty: true }]) expect(renderRecords(set, 'table', env)).toMatch(/^┌─+┬/);
  });
});

describe('CSV for spreadsheets', () => {
  const people = listEntities(corpus, { type: 'person' });
  const places = listEntities(corpus, { type: 'place' });
  const orgs = listEntities(corpus, { type: 'organization' });
  const dates = listDates(corpus, {});
  const months = timeline(corpus, 'month', {});
  const chrome = listBoilerplate(corpus);
  const cases: [string, RecordSet<never>, string[]][] = [
    ['list', listArticles(corpus, {}) as RecordSet<never>, ['date', 'id', 'title', 'places', 'duplicates']],
    ['entities --type person', people as RecordSet<never>, ['name', 'aliases', 'mentionCount', 'articleCount', 'firstSeen', 'lastSeen', 'role']],
    ['entities --type place', places as RecordSet<never>, ['name', 'aliases', 'mentionCount', 'articleCount', 'firstSeen', 'lastSeen', 'country', 'countryName']],
    ['entities --type organization', orgs as RecordSet<never>, ['name', 'aliases', 'mentionCount', 'articleCount', 'firstSeen', 'lastSeen']],
    ['dates', dates as RecordSet<never>, ['start', 'end', 'text', 'article', 'relation', 'sentence']],
    ['dates --warnings', listDates(misdated, { warnings: true }) as RecordSet<never>, ['start', 'end', 'text', 'article', 'relation', 'sentence', 'warning']],
    ['timeline', months as RecordSet<never>, ['period', 'start', 'end', 'articleCount']],
    ['boilerplate', chrome as RecordSet<never>, ['pageCount', 'occurrenceCount', 'reason', 'text']],
  ];

  it.each(cases)('%s: headers are the JSON field names', (_, set, headers) => {
    expect(set.records.length).toBeGreaterThan(0);
    const rows = parseCsv(renderCsv(set));
    expect(rows[0]).toEqual(headers);
    expect(rows).toHaveLength(set.records.length + 1);
    const keys = new Set(set.records.flatMap((r) => Object.keys(set.json(r) as object)));
    for (const h of headers) expect(keys).toContain(h);
    for (const row of rows) expect(row).toHaveLength(headers.length);
  });

  it('writes the JSON values: full titles, lists joined with "; ", null as an empty cell', () => {
    const set = listArticles(corpus, {});
    const rows = parseCsv(renderCsv(set));
    set.records.forEach((a, i) => expect(rows[i + 1]).toEqual([a.date ?? '', a.id, a.title, a.places.map((p) => p.name).join('; '), a.duplicates.join('; ')]));
    const dg = parseCsv(renderCsv(people)).find((r) => r[0] === 'Salim M. AlMalik')!;
    const json = people.records.find((e) => e.name === 'Salim M. AlMalik')!;
    expect(dg).toEqual([json.name, json.aliases.join('; '), String(json.mentionCount), String(json.articleCount), json.firstSeen, json.lastSeen, json.role]);
    const kz = parseCsv(renderCsv(places)).find((r) => r[0] === 'Kazakhstan')!;
    expect(kz.slice(-2)).toEqual(['true', 'Kazakhstan']);
  });

  it('splits a date range into start and end; a single day has an empty end', () => {
    const rows = parseCsv(renderCsv(dates));
    const range = dates.records.findIndex((r) => r.end !== null);
    const day = dates.records.findIndex((r) => r.end === null);
    expect(range).toBeGreaterThanOrEqual(0);
    expect(rows[range + 1].slice(0, 2)).toEqual([dates.records[range].start, dates.records[range].end]);
    expect(rows[day + 1].slice(0, 2)).toEqual([dates.records[day].start, '']);
    expect(renderCsv(dates)).not.toContain('→');
    // The table keeps the range in one cell.
    expect(renderRecords(dates, 'table', { color: false, width: 200 })).toContain(`${dates.records[range].start} → ${dates.records[range].end}`);
    const first = months.records[0];
    expect(parseCsv(renderCsv(months))[1]).toEqual([first.period, first.start, first.end, String(first.articleCount)]);
  });

  it('writes boilerplate pages as a number, never "5/5" (a spreadsheet would read a date)', () => {
    const csv = renderCsv(chrome);
    expect(csv).not.toMatch(/(^|,)\d+\/\d+(,|\r)/m);
    const rows = parseCsv(csv);
    chrome.records.forEach((b, i) => expect(rows[i + 1].slice(0, 2)).toEqual([String(b.pageCount), String(b.occurrenceCount)]));
    expect(rows[1].slice(0, 2)).toEqual(['5', '5']);
    expect(renderRecords(chrome, 'table', TTY)).toContain('5/5');
  });

  const injection: [unknown, string][] = [
    ['=HYPERLINK("http://x.test","click")', `"'=HYPERLINK(""http://x.test"",""click"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['=1, then', `"'=1, then"`],
    // Numbers and dates stay as they are, a negative one too.
    ['-3', '-3'],
    ['-2.5', '-2.5'],
    [-7, '-7'],
    [0, '0'],
    ['2025-09-18', '2025-09-18'],
    ['a = b', 'a = b'],
    ['He said "yes", then left', '"He said ""yes"", then left"'],
    ['two\nlines', '"two\nlines"'],
    [null, ''],
    [undefined, ''],
    [false, 'false'],
  ];
  it.each(injection)('cell %j -> %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('guards a title that starts with a formula, inside a whole CSV', () => {
    const [a] = corpus.articles;
    const csv = renderCsv(listArticles({ ...corpus, articles: [{ ...a, title: '=cmd|"/c calc"!A1' }] }, {}));
    expect(parseCsv(csv)[1][2]).toBe(`'=cmd|"/c calc"!A1`);
  });
});

describe('JSON: articleCount is a count, articles a list', () => {
  it('entities records', () => {
    for (const type of ['person', 'place', 'organization'] as const) {
      const set = listEntities(corpus, { type });
      for (const r of set.records) {
        const json = set.json(r) as Record<string, unknown>;
        expect(json).not.toHaveProperty('articles');
        expect(json.articleCount).toBe((json.articleIds as string[]).length);
      }
    }
    // Recomputed over a period, too.
    const september = listEntities(corpus, { type: 'person', since: '2025-09-01', until: '2025-09-30' });
    for (const e of september.records) expect(e.articleCount).toBe(e.articleIds.length);
    expect(september.records.find((e) => e.name === 'Salim M. AlMalik')!.articleCount).toBeLessThan(listEntities(corpus, { type: 'person' }).records.find((e) => e.name === 'Salim M. AlMalik')!.articleCount);
  });

  it('graph nodes count, edges list; DOT and GraphML name the attribute the same', () => {
    const graph = coOccurrence(corpus, { types: [], minWeight: 1 });
    const json = JSON.parse(renderGraph(graph, 'json')) as { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };
    for (const n of json.nodes) {
      expect(Object.keys(n)).toEqual(['id', 'name', 'type', 'articleCount', 'mentionCount']);
      expect(typeof n.articleCount).toBe('number');
    }
    for (const e of json.edges) expect((e.articleIds as string[]).length).toBe(e.weight);
    const dg = graph.nodes.find((n) => n.name === 'Salim M. AlMalik')!;
    expect(renderGraph(graph, 'dot')).toContain(`[label="Salim M. AlMalik", type=person, articleCount=${dg.articleCount}, mentionCount=${dg.mentionCount}]`);
    const graphml = renderGraph(graph, 'graphml');
    expect(graphml).toContain('<key id="articleCount" for="node" attr.name="articleCount" attr.type="int"/>');
    expect(graphml).toContain(`<data key="articleCount">${dg.articleCount}</data>`);
    expect(graphml).not.toContain('"articles"');
  });

  it('who: roles and companions count, articles list', () => {
    const p = JSON.parse(JSON.stringify(profile(corpus, 'AlMalik'))) as Record<string, Record<string, unknown>[]>;
    expect(Array.isArray(p.articles)).toBe(true);
    expect(p.articles[0]).toEqual({ id: expect.any(String), date: expect.any(String), title: expect.any(String) });
    expect(p.roles.length).toBeGreaterThan(0);
    for (const r of p.roles) expect(Object.keys(r)).toEqual(['role', 'firstSeen', 'lastSeen', 'articleCount']);
    for (const kind of ['people', 'places', 'organizations']) {
      expect(p[kind].length).toBeGreaterThan(0);
      for (const c of p[kind]) expect(Object.keys(c)).toEqual(['name', 'articleCount']);
    }
  });

  it('timeline rows', () => {
    const rows = timeline(corpus, 'year', {}).records;
    for (const r of rows) expect(Object.keys(r)).toEqual(['period', 'start', 'end', 'articleCount']);
    expect(rows.reduce((n, r) => n + r.articleCount, 0)).toBe(corpus.articles.filter((a) => a.date).length);
  });
});
