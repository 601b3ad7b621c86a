/**
 * `icesco show --explain`: each entity and date of an article with the rule that found it and
 * the rules that merged or refined it, as text and (opt-in) in JSON.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';
import { PASSES } from '../src/stages/entities/passes/index.js';
import { WRITER_PASS } from '../src/stages/entities/index.js';
import type { Article, ArticleExplanation } from '../src/types.js';
import { REF, ROOT, seedPages } from './helpers/seeds.js';

const cacheDir = mkdtempSync(join(tmpdir(), 'icesco-explain-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const icesco = (args: string[]) => {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'icesco.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', COLUMNS: '100', ICESCO_CACHE_DIR: cacheDir},
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

const ID = '000_55f9d866b8a4f3e8-31e1d7-07'; // "ICESCO Director-General Visits Kazakhstan National Space Center"
const PASS_NAMES = new Set([...PASSES.map((p) => p.name), WRITER_PASS]);

describe('the explanation of an assembled article', () => {
  const articles = analyze(seedPages(), { today: REF }).articles;

  it('names, for every entity of every article, each form with its pass and merge rule', () => {
    for (const a of articles) {
      const explain = a.explain!;
      const names = (type: string) => explain.entities.filter((e) => e.type === type).map((e) => e.name);
      expect(names('person')).toEqual(a.people.map((p) => p.name));
      expect(names('place')).toEqual(a.places.map((p) => p.name));
      expect(names('organization')).toEqual(a.organizations.map((o) => o.name));
      for (const e of explain.entities) {
        expect(e.forms.length).toBeGreaterThan(0);
        for (const f of e.forms) expect(PASS_NAMES, `${a.id} ${e.name} ${f.text}`).toContain(f.pass);
      }
      expect(explain.dates.map((d) => [d.text, d.start, d.end])).toEqual(a.dates.map((d) => [d.text, d.start, d.end]));
    }
  });

  it('says when a refiner changed a date, and which parser read it', () => {
    const dates = articles.flatMap((a) => a.explain!.dates);
    expect(dates.some((d) => d.refinedBy.length > 0)).toBe(true);
    expect(dates.every((d) => d.rule === 'chrono.casual' || d.rule.startsWith('icesco.'))).toBe(true);
  });

  it('stays out of the article JSON', () => {
    expect(JSON.stringify(articles[0])).not.toContain('"explain"');
  });

  it('is made only when asked: without it, the same corpus, byte for byte, and no article carries one', () => {
    const plain = analyze(seedPages(), { today: REF, explain: false });
    expect(JSON.stringify(plain)).toBe(JSON.stringify(analyze(seedPages(), { today: REF })));
    expect(plain.articles.length).toBeGreaterThan(10);
    for (const a of plain.articles) expect(a.explain).toBeUndefined();
  });
});

describe('icesco show --explain', () => {
  it('prints each entity with its forms, passes and rules, and each date with its parser', () => {
    const r = icesco(['show', ID, '--explain']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^People\n {2}Salim M\. AlMalik\n {4}Salim M\. AlMalik +titled-people · same-name\n {4}AlMalik +\S+ · surname-of-name-before$/m);
    expect(r.stdout).toMatch(/^Places\n {2}Kazakhstan\n/m);
    expect(r.stdout).toMatch(/^ {4}Republic of Kazakhstan +known-places · place-short-name$/m);
    expect(r.stdout).toMatch(/^Dates\n {2}Thursday, 18 September 2025 = 2025-09-18 +chrono\.casual$/m);
  });

  it('adds an "explain" field to the JSON only when asked, the same cold and warm', () => {
    const plain = JSON.parse(icesco(['show', ID, '--json']).stdout) as Article;
    expect(plain).not.toHaveProperty('explain');
    const cold = JSON.parse(icesco(['show', ID, '--json', '--explain', '--no-cache']).stdout) as Article & { explain: ArticleExplanation };
    const warm = JSON.parse(icesco(['show', ID, '--json', '--explain']).stdout) as Article & { explain: ArticleExplanation };
    expect(warm).toEqual(cold);
    const { explain, ...article } = warm;
    expect(article).toEqual(plain);
    expect(explain.entities.find((e) => e.name === 'Salim M. AlMalik')?.forms).toContainEqual({ text: 'AlMalik', pass: expect.any(String), rule: 'surname-of-name-before' });
    expect(explain.dates).toEqual([{ text: 'Thursday, 18 September 2025', start: '2025-09-18', end: null, rule: 'chrono.casual', refinedBy: [] }]);
  });

  it('refuses --lines with --explain (exit 2)', () => {
    const r = icesco(['show', ID, '--explain', '--lines']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^icesco: error: --lines and --explain are two views of an article: give one\n/);
  });
});
