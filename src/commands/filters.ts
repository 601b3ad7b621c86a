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

/** Newest first; undated last; then by id for a stable order. */
export function newestFirst(a: Article, b: Article): number {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return byCodeUnits(a.id, b.id);
}
