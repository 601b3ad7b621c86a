/** `icesco timeline`: periods (ISO weeks included), zero-filled gaps, filters, and the rendering. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { periodOf, timeline } from '../src/commands/timeline.js';
import { analyze } from '../src/pipeline.js';
import { renderCsv } from '../src/render/csv.js';
import { bar, renderTable } from '../src/render/table.js';
import { pageOf, REF, ROOT } from './helpers/seeds.js';

describe('periodOf', () => {
  const cases: [string, 'month' | 'week' | 'year', { period: string; start: string; end: string }][] = [
    ['2025-09-18', 'month', { period: '2025-09', start: '2025-09-01', end: '2025-09-30' }],
    ['2024-02-10', 'month', { period: '2024-02', start: '2024-02-01', end: '2024-02-29' }],
    ['2025-09-18', 'year', { period: '2025', start: '2025-01-01', end: '2025-12-31' }],
    ['2025-09-18', 'week', { period: '2025-W38', start: '2025-09-15', end: '2025-09-21' }],
    // ISO weeks: 1 January 2021 (a Friday) belongs to 2020's week 53; 29 December 2025 to 2026-W01.
    ['2021-01-01', 'week', { period: '2020-W53', start: '2020-12-28', end: '2021-01-03' }],
    ['2025-12-29', 'week', { period: '2026-W01', start: '2025-12-29', end: '2026-01-04' }],
  ];
  it.each(cases)('periodOf(%s, %s)', (date, unit, expected) => {
    expect(periodOf(date, unit)).toEqual(expected);
  });
});

describe('timeline', () => {
  const corpus = analyze(
    [
      pageOf([
        'ICESCO Holds Forum in Rabat on Heritage',
        'The Islamic World Educational, Scientific and Cultural Organization (ICESCO) held on Monday, 3 November 2025, a forum in Rabat with Dr. Salim M. AlMalik.',
        'ICESCO Opens Training in Baku for Young Researchers',
        'The Islamic World Educational, Scientific and Cultural Organization (ICESCO) opened on Wednesday, 10 September 2025, a training in Baku, Azerbaijan.',
        'ICESCO Launches Program in Rabat for Teachers',
        'Dr. Salim AlMalik launched on Tuesday, 15 July 2025, a program for teachers at the headquarters of the Organization in Rabat.',
      ]),
    ],
    { today: REF },
  );

  it('counts articles per month, with the empty months in between', () => {
    const rows = timeline(corpus, 'month', {}).records;
    expect(rows.map((r) => [r.period, r.articleCount])).toEqual([['2025-07', 1], ['2025-08', 0], ['2025-09', 1], ['2025-10', 0], ['2025-11', 1]]);
  });

  it('filters by place and person through their aliases', () => {
    expect(timeline(corpus, 'year', { place: 'rabat' }).records).toEqual([{ period: '2025', start: '2025-01-01', end: '2025-12-31', articleCount: 2 }]);
    expect(timeline(corpus, 'month', { person: 'AlMalik' }).records.filter((r) => r.articleCount).map((r) => r.period)).toEqual(['2025-07', '2025-11']);
  });

  it('draws bars scaled to the widest period; CSV has the JSON fields and no bar', () => {
    const set = timeline(corpus, 'month', {});
    const table = renderTable(set, { color: false, width: 40 });
    for (const line of table.trimEnd().split('\n')) expect([...line].length).toBe(40);
    expect(table).toContain('█');
    expect(renderCsv(set)).toBe(
      'period,start,end,articleCount\r\n2025-07,2025-07-01,2025-07-31,1\r\n2025-08,2025-08-01,2025-08-31,0\r\n' +
        '2025-09,2025-09-01,2025-09-30,1\r\n2025-10,2025-10-01,2025-10-31,0\r\n2025-11,2025-11-01,2025-11-30,1\r\n',
    );
  });

  it('bar() draws eighths of a cell', () => {
    expect(bar(1, 4)).toBe('████');
    expect(bar(0.5, 3)).toBe('█▌');
    expect(bar(0, 5)).toBe('');
  });

  it('says so when nothing is dated', () => {
    expect(timeline(corpus, 'month', { person: 'Nobody' }).records).toEqual([]);
  });
});

describe('timeline from the command line (seeds)', () => {
  it('--by year --json gives rows for plotting, and a bad --by is a usage error', () => {
    const run = (args: string[]) => spawnSync(process.execPath, ['bin/icesco.js', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const ok = run(['timeline', '--by', 'year', '--json']);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual([
      { period: '2022', start: '2022-01-01', end: '2022-12-31', articleCount: 10 },
      { period: '2023', start: '2023-01-01', end: '2023-12-31', articleCount: 0 },
      { period: '2024', start: '2024-01-01', end: '2024-12-31', articleCount: 0 },
      { period: '2025', start: '2025-01-01', end: '2025-12-31', articleCount: 40 },
    ]);
    const bad = run(['timeline', '--by', 'decade']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/argument 'decade' is invalid/);
  });
});
