/**
 * Quality gate: scores the built CLI on every gold set the repository holds (test/eval/sets.mjs)
 * with the in-repo scorer, and fails when a figure falls past its floor in
 * test/quality-floors.json. Each set is run and scored once, in its describe's beforeAll; the
 * tests only read the figures, so a red run names each metric that regressed.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SETS, score } from './eval/sets.mjs';

type Bounds = Record<string, number>;
const floors: Record<string, { min?: Bounds; max?: Bounds }> = JSON.parse(readFileSync(join(ROOT, 'test', 'quality-floors.json'), 'utf8'));
const setNames = Object.keys(SETS);

/** A figure of the scorer's --json output by dotted key ('articles.f1'); undefined if absent. */
const figure = (result: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), result);

const dir = mkdtempSync(join(tmpdir(), 'icesco-quality-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('every gold set has floors, and every set of floors a gold set', () => {
  expect(Object.keys(floors).filter((k) => !k.startsWith('_')).sort()).toEqual([...setNames].sort());
});

describe.each(setNames)('%s gold', (name) => {
  let result: unknown;
  beforeAll(() => {
    result = score(name, dir);
  });
  const { min = {}, max = {} } = floors[name] ?? {};

  it.each(Object.entries(min))('%s ≥ %s', (key, floor) => {
    const value = figure(result, key);
    expect(value, `${name}: the scorer gives no ${key}`).toBeTypeOf('number');
    expect(value, `${name}: ${key} is ${value}, below its floor ${floor}`).toBeGreaterThanOrEqual(floor);
  });

  it('no page of the set yields zero articles', () => {
    const predicted = JSON.parse(readFileSync(join(dir, `${name}-articles.json`), 'utf8')) as { source: string }[];
    const withArticles = new Set(predicted.map((a) => basename(a.source)));
    const pages = readdirSync(join(ROOT, SETS[name].gold)).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(pages.filter((p) => !withArticles.has(p)), `${name}: pages with no article`).toEqual([]);
  });

  it.each(Object.entries(max))('%s ≤ %s', (key, ceiling) => {
    const value = figure(result, key);
    expect(value, `${name}: the scorer gives no ${key}`).toBeTypeOf('number');
    expect(value, `${name}: ${key} is ${value}, above its ceiling ${ceiling}`).toBeLessThanOrEqual(ceiling);
  });
});
