import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/stages/entities/find.js';
import { PASSES } from '../../src/stages/entities/passes/index.js';

describe('the pass list', () => {
  it('names each pass once, with a one-line reason', () => {
    const names = PASSES.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const p of PASSES) {
      expect(p.name).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(p.reason.length).toBeGreaterThan(20);
      expect(p.reason).not.toContain('\n');
    }
  });

  it('runs credits first, organizations next (French names, head first, before English ones), before people, people before places, and bare names and acronyms last', () => {
    const at = (name: string) => PASSES.findIndex((p) => p.name === name);
    expect(at('credits')).toBe(0);
    expect(at('french-org-names')).toBe(1);
    expect(at('organizations')).toBe(2);
    expect(at('organizations')).toBeLessThan(at('titled-people'));
    expect(at('tagged-people')).toBeLessThan(at('known-places'));
    expect(at('context-places')).toBeLessThan(at('unknown-name-people'));
    expect(PASSES.slice(-2).map((p) => p.name)).toEqual(['bare-names', 'acronyms']);
  });

  it('tags every mention with the pass that found it', () => {
    const found = findEntities('Dr. Salim AlMalik, Director-General of ICESCO, visited the Al-Farabi Kazakh National University in Almaty. AlMalik met students.');
    expect(found.map((e) => [e.text, e.pass])).toEqual([
      ['Salim AlMalik', 'titled-people'],
      ['ICESCO', 'acronyms'],
      ['Al-Farabi Kazakh National University', 'organizations'],
      ['Almaty', 'context-places'],
      ['AlMalik', 'bare-names'],
    ]);
  });
});
