/** Filters shared by commands: date bounds and alias-aware name matching. */
import { byCodeUnits, foldForMatch } from '../text.js';
import type { Article, ArticleQuery, Corpus, EntitySummary, EntityType } from '../types.js';

export interface Period {
  since?: string;
  until?: string;
}

/** Is an ISO date inside the period? Undated items are outside any bounded period. */
export function inPeriod(date: string | null, period: Period): boolean {
  if (!period.since && !period.until) return true;
  if (!date) return false;
  return (!period.since || date >= period.since) && (!period.until || date <= period.until);
}

/**
 * Does an entity (name + aliases) answer to what the user typed? Case-, accent-, space- and
 * hyphen-insensitive ("al-malik" = "AlMalik"), and a family name alone is enough ("AlMalik"
 * finds "Salim M. AlMalik").
 */
export function nameMatches(query: string, entity: { name: string; aliases: string[] }): boolean {
  const q = foldForMatch(query).replace(/ /g, '');
  if (!q) return false;
  return [entity.name, ...entity.aliases].some((n) => {
    const words = foldForMatch(n).split(' ');
    return words.join('') === q || (words.length > 1 && (words.slice(-1).join('') === q || words.slice(-2).join('') === q));
  });
}

export interface ArticleFilter extends Period {
  person?: string;
  place?: string;
  org?: string;
}

/** The corpus-wide entities of one type (of every type when none is given), in corpus order. */
export function entitiesOf(corpus: Corpus, type?: EntityType): EntitySummary[] {
  return corpus.index?.entities(type) ?? (type ? corpus.entities.filter((e) => e.type === type) : corpus.entities);
}

/** The articles with these ids, in corpus order. */
export function articlesWithIds(corpus: Corpus, ids: readonly string[]): Article[] {
  if (corpus.index) return corpus.index.articlesWithIds(ids);
  const wanted = new Set(ids);
  return corpus.articles.filter((a) => wanted.has(a.id));
}

/** The filter as a query: each name resolved to the entities it matches. */
function queryOf(corpus: Corpus, f: ArticleFilter): ArticleQuery {
  const wanted = (type: EntityType, query: string | undefined) => (query === undefined ? null : new Set(entitiesOf(corpus, type).filter((e) => nameMatches(query, e)).map((e) => e.name)));
  return { since: f.since, until: f.until, people: wanted('person', f.person), places: wanted('place', f.place), organizations: wanted('organization', f.org) };
}

/** How many of the articles the filter picks bear each date (undated ones are not counted). */
export function dateCounts(corpus: Corpus, f: ArticleFilter): Map<string, number> {
  if (corpus.index) return corpus.index.dateCounts(queryOf(corpus, f));
  const counts = new Map<string, number>();
  for (const a of pickArticles(corpus, f)) if (a.date) counts.set(a.date, (counts.get(a.date) ?? 0) + 1);
  return counts;
}

/**
 * The articles in the period that mention the person, place and organization asked for, newest
 * first, at most `limit`. A name is first resolved against the corpus-wide entities, so any
 * alias seen anywhere works ("AlMalik" finds the articles that only say "Dr. Salim M. AlMalik").
 */
export function pickArticles(corpus: Corpus, f: ArticleFilter, limit?: number): Article[] {
  const query = queryOf(corpus, f);
  if (corpus.index) return corpus.index.articles(query, limit);
  const { people, places, organizations } = query;
  const picked = corpus.articles
    .filter(
      (a) =>
        inPeriod(a.date, f) &&
        (!people || a.people.some((p) => people.has(p.name))) &&
        (!places || a.places.some((p) => places.has(p.name))) &&
        (!organizations || a.organizations.some((o) => organizations.has(o.name))),
    )
    .sort(newestFirst);
  return limit === undefined ? picked : picked.slice(0, limit);
}

/**
 * The entity name or alias nearest to what a user typed (of one type, or any), when it is within a
 * typo of it (a third of its letters, at most three): "AlMalek" -> "AlMalik". Null when nothing is that near.
 */
export function nearestName(corpus: Corpus, query: string, type?: EntityType): string | null {
  const q = foldForMatch(query);
  const limit = Math.min(3, Math.floor(q.length / 3));
  let best: { name: string; d: number } | null = null;
  for (const e of entitiesOf(corpus, type))
    for (const form of [e.name, ...e.aliases]) {
      const d = editDistance(q, foldForMatch(form), best ? Math.min(best.d, limit) : limit);
      if (d <= limit && (!best || d < best.d || (d === best.d && form < best.name))) best = { name: form, d };
    }
  return best?.name ?? null;
}

/** Levenshtein distance, or limit + 1 as soon as it must exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      smallest = Math.min(smallest, next[j]);
    }
    if (smallest > limit) return limit + 1;
    row = next;
  }
  return row[b.length];
}

/**
 * What an empty answer should say about the names it was filtered on: each one that names no
 * entity of its kind, with the nearest name when one is a typo away.
 */
export function unknownNames(corpus: Corpus, f: ArticleFilter): string[] {
  const notes: string[] = [];
  const check = (type: EntityType, kind: string, query: string | undefined) => {
    if (query === undefined || entitiesOf(corpus, type).some((e) => nameMatches(query, e))) return;
    const near = nearestName(corpus, query, type);
    notes.push(`no ${kind} called '${query}'${near ? ` (did you mean '${near}'?)` : ''}`);
  };
  check('person', 'person', f.person);
  check('place', 'place', f.place);
  check('organization', 'organization', f.org);
  return notes;
}

/** An empty answer's message, with what it says about the names asked for. */
export const noMatch = (what: string, notes: string[]) => `${what}${notes.length ? `: ${notes.join('; ')}` : ''}.`;

/** Newest first; undated last; then by id for a stable order. */
export function newestFirst(a: Article, b: Article): number {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return byCodeUnits(a.id, b.id);
}
