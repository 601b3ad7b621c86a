/**
 * Issue 3's commands on a small corpus of real-shaped pages: `who` profiles (alias lookup,
 * roles over time, companions, ambiguity) and the co-occurrence `graph` in its three formats.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { coOccurrence } from '../src/commands/graph.js';
import { findEntity, profile } from '../src/commands/who.js';
import { analyze } from '../src/pipeline.js';
import { renderGraph } from '../src/render/graph.js';
import { pageOf, REF, ROOT } from './helpers/seeds.js';

const corpus = analyze(
  [
    pageOf([
      'ICESCO Director-General Meets Minister of Culture in Jakarta',
      'Dr. Salim M. AlMalik, Director-General of the Islamic World Educational, Scientific and Cultural Organization (ICESCO), met on Monday, 3 March 2025, with Mr. Fadli Zon, Minister of Culture of Indonesia, in Jakarta, Indonesia.',
      'Dr. AlMalik and Mr. Zon discussed cooperation in heritage, and the Minister praised the partnership with the Organization.',
      'ICESCO Signs Agreement with Arab Administrative Development Organization',
      'Dr. Salim AlMalik signed on Tuesday, 11 March 2025, an agreement with Dr. Nasser Al-Qahtani, Director-General of the Arab Administrative Development Organization (ARADO), in Rabat.',
      'Dr. Al-Malik said that ARADO and ICESCO share a vision for training in the Islamic world.',
    ], 'p1'),
    pageOf([
      'ICESCO Deputy Director-General Visits Baku',
      'Dr. Salim Al Habsi, Head of the General Secretariat of National Commissions, visited on Friday, 18 July 2025, the Regional Office in Baku, Azerbaijan, where he met Mr. Farid Jafarov, Director of the Office.',
      'Mr. Al Habsi reviewed the programs of the Office with its staff and with representatives of ARADO.',
    ], 'p2'),
  ],
  { today: REF },
);

describe('who', () => {
  it('finds a person by any alias, case- and accent-insensitively', () => {
    for (const q of ['almalik', 'AL-MALIK', 'Salim AlMalik', 'Sálim M. AlMalik']) expect(findEntity(corpus, q).name).toBe('Salim M. AlMalik');
  });

  it('lists the candidates when a name is ambiguous', () => {
    expect(() => findEntity(corpus, 'Salim')).toThrow(/ambiguous: .*Salim M\. AlMalik \(person\).*Salim Al Habsi \(person\)|ambiguous: .*Salim Al Habsi \(person\).*Salim M\. AlMalik \(person\)/);
  });

  it('says so when nothing matches', () => {
    expect(() => findEntity(corpus, 'Nobody Here')).toThrow(/no person, place or organization called 'Nobody Here'/);
  });

  it('profiles a person: aliases, roles with dates, articles newest first, companions', () => {
    const p = profile(corpus, 'AlMalik');
    expect(p.type).toBe('person');
    expect(p.aliases).toEqual(expect.arrayContaining(['AlMalik', 'Salim AlMalik', 'Al-Malik']));
    expect(p.roles).toEqual([{ role: 'Director-General of ICESCO', firstSeen: '2025-03-03', lastSeen: '2025-03-03', articleCount: 1 }]);
    expect(p.articles.map((a) => a.date)).toEqual(['2025-03-11', '2025-03-03']);
    expect(p.people.map((c) => c.name).sort()).toEqual(['Fadli Zon', 'Nasser Al-Qahtani']);
    expect(p.organizations).toContainEqual({ name: 'Arab Administrative Development Organization', articleCount: 1 });
    expect(p.places.map((c) => c.name)).toEqual(expect.arrayContaining(['Indonesia', 'Jakarta', 'Rabat']));
  });

  it('profiles an organization by its acronym, across pages', () => {
    const p = profile(corpus, 'arado');
    expect(p.name).toBe('Arab Administrative Development Organization');
    expect(p.type).toBe('organization');
    expect(p.articles).toHaveLength(2);
  });
});

describe('graph', () => {
  const people = coOccurrence(corpus, { types: ['person'], minWeight: 1 });

  it('has the people as nodes with their counts', () => {
    const node = people.nodes.find((n) => n.name === 'Salim M. AlMalik');
    expect(node).toEqual({ id: 'person:Salim M. AlMalik', name: 'Salim M. AlMalik', type: 'person', articleCount: 2, mentionCount: 4 });
  });

  it('joins people who share an article, weighted by articles in common', () => {
    expect(people.edges).toContainEqual({ source: 'person:Fadli Zon', target: 'person:Salim M. AlMalik', weight: 1, articleIds: ['p1-01'] });
    expect(people.edges.some((e) => e.source.includes('Al Habsi') || e.target.includes('Al Habsi'))).toBe(true);
    expect(people.edges.every((e) => e.source < e.target)).toBe(true);
  });

  it('drops edges below --min-weight', () => {
    expect(coOccurrence(corpus, { types: ['person'], minWeight: 2 }).edges).toEqual([]);
  });

  it('mixes types when asked for all', () => {
    const all = coOccurrence(corpus, { types: [], minWeight: 1 });
    expect(new Set(all.nodes.map((n) => n.type))).toEqual(new Set(['person', 'place', 'organization']));
  });

  it('writes DOT with escaped labels', () => {
    const dot = renderGraph({ nodes: [{ id: 'person:A "B"', name: 'A "B"', type: 'person', articleCount: 1, mentionCount: 1 }], edges: [] }, 'dot');
    expect(dot).toBe('graph icesco {\n  node [shape=box, style=rounded];\n  "person:A \\"B\\"" [label="A \\"B\\"", type=person, articleCount=1, mentionCount=1];\n}\n');
  });

  it('writes GraphML with escaped ids and an int weight key', () => {
    const xml = renderGraph({ nodes: [{ id: 'organization:A & B <x>', name: 'A & B <x>', type: 'organization', articleCount: 2, mentionCount: 3 }], edges: [{ source: 'organization:A & B <x>', target: 'organization:A & B <x>', weight: 2, articleIds: [] }] }, 'graphml');
    expect(xml).toContain('<node id="organization:A &amp; B &lt;x&gt;"><data key="name">A &amp; B &lt;x&gt;</data>');
    expect(xml).toContain('<key id="weight" for="edge" attr.name="weight" attr.type="int"/>');
    expect(xml).toContain('<key id="articleCount" for="node" attr.name="articleCount" attr.type="int"/>');
    expect(xml).toContain('<data key="articleCount">2</data>');
    expect(xml).toContain('<data key="weight">2</data>');
  });
});

describe('who and graph from the command line (seeds)', () => {
  const run = (args: string[]) => spawnSync(process.execPath, ['bin/icesco.js', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it('who --json profiles the Director-General from any spelling', () => {
    const r = run(['who', 'al malik', '--json']);
    expect(r.status).toBe(0);
    const p = JSON.parse(r.stdout);
    expect(p.name).toBe('Salim M. AlMalik');
    expect(p.roles[0].role).toBe('Director-General of ICESCO');
    expect(p.articles.length).toBeGreaterThanOrEqual(20);
  });

  it('who with an ambiguous name exits 1 and lists the candidates', () => {
    const r = run(['who', 'Salim']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^icesco: error: 'Salim' is ambiguous: /);
    expect(r.stdout).toBe('');
  });

  it('graph --format graphml is well-formed enough for Gephi', () => {
    const r = run(['graph', '--format', 'graphml']);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml')).toBe(true);
    expect(r.stdout.trimEnd().endsWith('</graphml>')).toBe(true);
    expect(r.stdout).toContain('<node id="person:Salim M. AlMalik">');
  });

  it('graph rejects an unknown format with exit 2', () => {
    const r = run(['graph', '--format', 'png']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/icesco: error: option '--format <format>' argument 'png' is invalid/);
  });
});

describe('the country a city is in, from the text', () => {
  it('learns "Shymkent, Kazakhstan" and reports it on every mention of the city', () => {
    const c = analyze([pageOf([
      'ICESCO Director-General Visits Shymkent',
      'Dr. Salim M. AlMalik paid an official visit on 20 September 2025 to Shymkent, Kazakhstan, where he met the Mayor.',
      'The Mayor reviewed the history of Shymkent and its role in the region of Central Asia.',
    ], 'p3')], { today: REF });
    expect(c.articles[0].places).toContainEqual({ name: 'Shymkent', aliases: [], country: false, countryName: 'Kazakhstan' });
    expect(c.entities.find((e) => e.name === 'Shymkent')).toMatchObject({ type: 'place', country: false, countryName: 'Kazakhstan' });
  });

  it('does not take a list of places for "City, Country"', () => {
    const c = analyze([pageOf([
      'ICESCO Program Expands in Central Asia',
      'The program will begin in Kyrgyzstan and later expand to Bashkortostan, Kazakhstan, Tajikistan, and Azerbaijan, the Organization said on 15 September 2025.',
    ], 'p4')], { today: REF });
    expect(c.articles[0].places.find((p) => p.name === 'Bashkortostan')).toEqual({ name: 'Bashkortostan', aliases: [], country: false, countryName: null });
  });
});
