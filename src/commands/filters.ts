/** Filters shared by commands: date bounds and alias-aware name matching. */
import { byCodeUnits, foldForMatch } from '../text.js';
import type { Article, Corpus, EntityType } from '../types.js';

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

/**
 * Keeps the articles in the period that mention the person, place and organization asked for.
 * A name is first resolved against the corpus-wide entities, so any alias seen anywhere works
 * ("AlMalik" finds the articles that only say "Dr. Salim M. AlMalik").
 */
export function filterArticles(corpus: Corpus, f: ArticleFilter): Article[] {
  const wanted = (type: EntityType, query: string | undefined) =>
    query === undefined ? null : new Set(corpus.entities.filter((e) => e.type === type && nameMatches(query, e)).map((e) => e.name));
  const people = wanted('person', f.person);
  const places = wanted('place', f.place);
  const orgs = wanted('organization', f.org);
  return corpus.articles.filter(
    (a) =>
      inPeriod(a.date, f) &&
      (!people || a.people.some((p) => people.has(p.name))) &&
      (!places || a.places.some((p) => places.has(p.name))) &&
      (!orgs || a.organizations.some((o) => orgs.has(o.name))),
  );
}

/**
 * The entity name or alias nearest to what a user typed (of one type, or any), when it is within a
 * typo of it (a third of its letters, at most three): "AlMalek" -> "AlMalik". Null when nothing is that near.
 */
export function nearestName(corpus: Corpus, query: string, type?: EntityType): string | null {
  const q = foldForMatch(query);
  const limit = Math.min(3, Math.floor(q.length / 3));
  let best: { name: string; d: number } | null = null;
  for (const e of corpus.entities)
    if (!type || e.type === type)
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
    if (query === undefined || corpus.entities.some((e) => e.type === type && nameMatches(query, e))) return;
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
