/** The date configuration as data: ordered, each step named and given a reason, each with its own tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Chrono } from 'chrono-node';
import { LINES, PARSERS, READING, RESOLVING } from '../../src/stages/dates/configuration.js';
import { ROOT } from '../helpers/seeds.js';

const reading = READING(() => ({}) as Chrono);
const steps = [...PARSERS, ...reading, ...LINES, ...RESOLVING];

describe('the date configuration', () => {
  it('names every step once per list, with a one-line reason', () => {
    for (const list of [reading, LINES, RESOLVING]) expect(new Set(list.map((s) => s.name)).size).toBe(list.length);
    for (const s of steps) {
      expect(s.name).toMatch(/^icesco\.[a-z-]+$/);
      expect(s.reason.length).toBeGreaterThan(10);
      expect(s.reason).not.toContain('\n');
    }
  });

  it('gives every parser and refiner a test block of its own (describe(NAME)) in test/dates/', () => {
    const dir = join(ROOT, 'test', 'dates');
    const tests = readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    const modules = [...tests.matchAll(/import \* as (\w+) from '..\/..\/src\/stages\/dates\/[\w/-]+\.js'/g)].map((m) => m[1]);
    const described = new Set([...tests.matchAll(/describe\((\w+)\.NAME/g)].map((m) => m[1]));
    expect(modules.filter((m) => !described.has(m))).toEqual([]);
    // Every step's module is among them: a new step needs its tests.
    expect(new Set(steps.map((s) => s.name)).size).toBe(described.size);
  });

  it('resolves years first and checks weekdays last: later steps count from what earlier ones found', () => {
    expect(RESOLVING[0].name).toBe('icesco.year-from-article');
    expect(RESOLVING.at(-1)!.name).toBe('icesco.weekday-mismatch');
    const at = (name: string) => RESOLVING.findIndex((s) => s.name === name);
    expect(at('icesco.weekday-until')).toBeLessThan(at('icesco.weekday-in-range'));
    expect(at('icesco.weekday-in-range')).toBeLessThan(at('icesco.weekday-from-article'));
    expect(at('icesco.weekday-from-article')).toBeLessThan(at('icesco.day-shift'));
  });

  it('reads the parts of a joined date before judging them, and tags the remaining mentions last', () => {
    const at = (name: string) => reading.findIndex((s) => s.name === name);
    expect(reading[0].name).toBe('icesco.part-of-day');
    expect(at('icesco.weekday-with-date')).toBeLessThan(at('icesco.recurring'));
    expect(at('icesco.period-end')).toBeLessThan(at('icesco.weekday-name'));
    expect(at('icesco.relative-month-name')).toBeLessThan(at('icesco.month-needs-year'));
  });
});
