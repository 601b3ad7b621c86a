#!/usr/bin/env node
// Copied from ../shared/eval/score.mjs (the official scorer) so that CI needs nothing outside
// the repository. Keep it in sync: below this header the file must stay byte-identical to the
// original (check: diff <(sed 2,4d test/eval/score.mjs) ../shared/eval/score.mjs).
// Scores icesco's JSON output against gold annotations (see GUIDELINES.md beside this file).
//
//   node score.mjs --gold DIR --articles ARTICLES.json [--entities PEOPLE.json] [--json]
//
// ARTICLES.json: the output of `icesco list --json <pages...>` (an array of articles).
// PEOPLE.json:   the output of `icesco entities --type person --json <pages...>` (optional).
// Gold: one <page>.json per page in DIR. Articles are matched to gold by page and title.
//
// Prints one line per metric and, with --json, a JSON object of all figures.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

const argv = process.argv.slice(2);
const opt = (k) => { const i = argv.indexOf(`--${k}`); return i < 0 ? undefined : argv[i + 1]; };
const goldDir = opt('gold');
const articlesPath = opt('articles');
if (!goldDir || !articlesPath) {
  console.error('usage: score.mjs --gold DIR --articles ARTICLES.json [--entities PEOPLE.json] [--json]');
  process.exit(2);
}

// ---------- normalisation ----------
const HONORIFICS = /^(?:(?:dr|mr|mrs|ms|prof|professor|h\.?\s?e|his excellency|her excellency|his majesty|his royal highness|his eminence|her eminence|ambassador|counselor|counsellor|president|minister|sheikh|shaikh|king|pope|imam|sultan|the grand imam|eng|engr)\.?\s+)+/i;
const fold = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
export const normName = (s) => fold(String(s).trim())
  .replace(/[’']s$/, '')
  .replace(HONORIFICS, '')
  .replace(/[^\p{L}\p{N}]+/gu, '');
const normTitle = (s) => fold(String(s)).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const forms = (e) => {
  if (typeof e === 'string') return [e];
  return [e.name, ...(e.aliases ?? []), ...(e.mentions ?? []).map((m) => (typeof m === 'string' ? m : m.text))].filter(Boolean);
};
const formSet = (e) => new Set(forms(e).map(normName).filter(Boolean));

// ---------- load ----------
const gold = readdirSync(goldDir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')));
const raw = JSON.parse(readFileSync(articlesPath, 'utf8'));
const predArticles = Array.isArray(raw) ? raw : raw.articles ?? [];
const pageOf = (a) => basename(String(a.source ?? a.file ?? a.page ?? ''));

// Corpus-level gold clusters for people / organizations: gold entities across articles that
// share a normalised surface form are the same entity (so a tool may canonicalise across
// articles, e.g. print "Salim M. AlMalik" where one article only says "Dr. AlMalik").
function clusters(kind) {
  const parent = new Map();
  const find = (x) => { while (parent.get(x) !== x) x = parent.get(x); return x; };
  const union = (a, b) => { parent.set(find(a), find(b)); };
  for (const g of gold) for (const a of g.articles) for (const e of a[kind] ?? []) {
    const fs = [...formSet(e)];
    for (const f of fs) if (!parent.has(f)) parent.set(f, f);
    for (const f of fs.slice(1)) union(fs[0], f);
  }
  const members = new Map();
  for (const f of parent.keys()) {
    const r = find(f);
    if (!members.has(r)) members.set(r, new Set());
    members.get(r).add(f);
  }
  const of = new Map();
  for (const [r, set] of members) for (const f of set) of.set(f, set);
  return of;
}
const clusterOf = { people: clusters('people'), organizations: clusters('organizations') };
const expand = (kind, e) => {
  const s = formSet(e);
  if (clusterOf[kind]) for (const f of [...s]) for (const g of clusterOf[kind].get(f) ?? []) s.add(g);
  return s;
};

// ---------- match articles ----------
const counts = {};
const add = (k, tp, fp, fn) => {
  counts[k] ??= { tp: 0, fp: 0, fn: 0 };
  counts[k].tp += tp; counts[k].fp += fp; counts[k].fn += fn;
};
let dateRight = 0, dateTotal = 0, leaks = 0;
const misses = { date: [], people: [], places: [], organizations: [] };
const goldPages = new Set(gold.map((g) => g.file));
const pairs = [];
for (const g of gold) {
  const preds = predArticles.filter((a) => pageOf(a) === g.file);
  // Segmentation is scored on exact titles; the other metrics also accept a match on the
  // article's opening words (so a wrong title line does not hide the entities and dates).
  const used = new Set();
  const paired = new Set();
  for (const ga of g.articles) {
    const t = normTitle(ga.title);
    // A page without a title line has its lead paragraph as gold title (GUIDELINES.md): a
    // predicted title of six or more words that starts that paragraph matches it too.
    const lead = t.split(' ').length > 25;
    const sameTitle = (pt) => pt === t || (lead && pt.split(' ').length >= 6 && t.startsWith(pt));
    const i = preds.findIndex((p, k) => !used.has(k) && sameTitle(normTitle(p.title ?? '')));
    if (i >= 0) { used.add(i); paired.add(ga); pairs.push([ga, preds[i], g.file]); }
  }
  add('articles', used.size, preds.length - used.size, g.articles.length - used.size);
  const taken = new Set(used);
  for (const ga of g.articles) {
    if (paired.has(ga) || !ga.first_words) continue;
    const w = normTitle(ga.first_words);
    const i = preds.findIndex((p, k) => !taken.has(k) && normTitle(`${p.title ?? ''} ${p.text ?? p.body ?? ''}`).includes(w));
    if (i >= 0) { taken.add(i); pairs.push([ga, preds[i], g.file]); }
  }
  const chrome = (g.boilerplate ?? []).map((l) => l.trim()).filter((l) => l.length > 3);
  // A leak is a chrome line printed as a line of an article; a long one (30+ characters) also
  // counts inside a line, a short one ("General", a section label) does not.
  for (const p of preds) {
    const text = `${p.title ?? ''}\n${p.text ?? p.body ?? ''}`;
    const lines = new Set(text.split('\n').map((l) => l.trim()));
    for (const line of chrome) if (lines.has(line) || (line.length >= 30 && text.includes(line))) leaks++;
  }
}
const unknownPages = new Set(predArticles.map(pageOf).filter((p) => !goldPages.has(p)));

function scoreSet(kind, ga, pa, file) {
  const goldEnts = ga[kind] ?? [];
  const predEnts = pa[kind] ?? [];
  const gSets = goldEnts.map((e) => (kind === 'places' ? formSet(e) : expand(kind, e)));
  const pSets = predEnts.map((e) => formSet(e));
  const taken = new Set();
  let tp = 0;
  pSets.forEach((ps) => {
    const j = gSets.findIndex((gs, k) => !taken.has(k) && [...ps].some((f) => gs.has(f)));
    if (j >= 0) { taken.add(j); tp++; }
  });
  const fp = pSets.length - tp, fn = gSets.length - tp;
  add(kind, tp, fp, fn);
  if (fp + fn) misses[kind].push({ file, title: ga.title,
    missed: goldEnts.filter((_, k) => !taken.has(k)).map((e) => forms(e)[0]),
    extra: predEnts.filter((_, k) => ![...pSets[k]].some((f) => gSets.some((gs) => gs.has(f)))).map((e) => forms(e)[0]) });
}

for (const [ga, pa, file] of pairs) {
  dateTotal++;
  const d = pa.date ?? null;
  const [lo, hi] = ga.date_window ?? [ga.date, ga.date];
  if (d && lo && d >= lo && d <= hi) dateRight++;
  else if (!d && !ga.date) dateRight++;
  else misses.date.push({ file, title: ga.title, got: d, window: [lo, hi] });
  for (const kind of ['people', 'places', 'organizations']) scoreSet(kind, ga, pa, file);
  // date mentions: matched on (start, end)
  const key = (x) => `${x.start}|${x.end ?? ''}`;
  const gd = new Set((ga.dates ?? []).map(key));
  const pd = new Set((pa.dates ?? []).map((x) => key({ start: x.start, end: x.end && x.end !== x.start ? x.end : null })));
  let tp = 0;
  for (const k of pd) if (gd.has(k)) tp++;
  add('dates', tp, pd.size - tp, gd.size - tp);
}

// ---------- corpus-level people (entities --type person) ----------
let split = null, merged = null, goldPeople = null, covered = null;
const entPath = opt('entities');
if (entPath) {
  const ents = JSON.parse(readFileSync(entPath, 'utf8'));
  const list = Array.isArray(ents) ? ents : ents.entities ?? [];
  const roots = new Map();
  for (const set of clusterOf.people.values()) roots.set([...set].sort()[0], set);
  goldPeople = roots.size;
  split = 0; merged = 0;
  const hits = new Map();
  for (const e of list) {
    const fs = formSet(e);
    const touched = [...roots.entries()].filter(([, set]) => [...fs].some((f) => set.has(f))).map(([r]) => r);
    if (touched.length > 1) merged++;
    for (const r of touched) hits.set(r, (hits.get(r) ?? 0) + 1);
  }
  for (const n of hits.values()) if (n > 1) split += n - 1;
  covered = hits.size;
}

// ---------- report ----------
const f1 = ({ tp, fp, fn }) => {
  const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0;
  return { p: +p.toFixed(3), r: +r.toFixed(3), f1: +(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3), ...{ tp, fp, fn } };
};
const result = { pages: gold.length, goldArticles: gold.reduce((n, g) => n + g.articles.length, 0), matchedArticles: pairs.length };
for (const k of Object.keys(counts)) result[k] = f1(counts[k]);
result.articleDateAccuracy = +(dateTotal ? dateRight / dateTotal : 0).toFixed(3);
result.boilerplateLeaks = leaks;
if (unknownPages.size) result.pagesWithoutGold = [...unknownPages];
if (entPath) Object.assign(result, { goldPeople, peopleEntityRecall: +(goldPeople ? covered / goldPeople : 0).toFixed(3), peopleSplitExtra: split, peopleMergedEntities: merged });

if (argv.includes('--json')) console.log(JSON.stringify({ ...result, misses }, null, 1));
else {
  for (const [k, v] of Object.entries(result)) console.log(`${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}`);
  if (argv.includes('--misses')) console.log(JSON.stringify(misses, null, 1));
}
