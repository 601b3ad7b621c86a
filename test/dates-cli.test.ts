/** `icesco dates` end to end: --upcoming, --past, --warnings and relative weekdays on a fixture page. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/seeds.js';

const page = join(ROOT, 'test', 'fixtures', 'dated-page.txt');
const run = (args: string[]) => spawnSync(process.execPath, ['bin/icesco.js', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const rows = (args: string[]) => {
  const r = run(['dates', page, '--json', ...args]);
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as { text: string; start: string; end: string | null; relation: string; warning?: string; article: string }[];
};

describe('icesco dates', () => {
  it('--upcoming lists what articles announce for after their own date: an events calendar', () => {
    expect(rows(['--upcoming']).map((r) => [r.text, r.start, r.end])).toEqual([
      ['1 November 2025', '2025-11-01', null],
      ['4 to 6 December 2025', '2025-12-04', '2025-12-06'],
    ]);
  });

  it('--past keeps the rest, with a lone weekday resolved against the article’s own date', () => {
    expect(rows(['--past']).map((r) => [r.text, r.start, r.relation])).toEqual([
      ['Sunday', '2025-09-07', 'before'],
      ['Friday, 12 September 2025', '2025-09-12', 'same'],
      ['Monday, 17 September 2025', '2025-09-17', 'same'],
    ]);
  });

  it('--warnings flags a weekday that contradicts its date (17 September 2025 was a Wednesday)', () => {
    const w = rows(['--warnings']);
    expect(w).toHaveLength(1);
    expect(w[0].warning).toBe('Monday, 17 September 2025: 2025-09-17 is a Wednesday, not a Monday');
  });

  it('dates each article by its reported event, not by the deadline or the announced conference', () => {
    const r = run(['list', page, '--json']);
    const list = JSON.parse(r.stdout) as { title: string; date: string; dateSource: string }[];
    expect(list.map((a) => [a.date, a.dateSource])).toEqual([['2025-09-17', 'body'], ['2025-09-12', 'body']]);
  });
});
