/** Filters shared by commands: date bounds and alias-aware name matching. */
import { foldForMatch } from '../text.js';
import type { Article } from '../types.js';

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

/** Does an entity (name + aliases) answer to what the user typed, case- and accent-insensitively? */
export function nameMatches(query: string, entity: { name: string; aliases: string[] }): boolean {
  const q = foldForMatch(query);
  return [entity.name, ...entity.aliases].some((n) => foldForMatch(n) === q);
}

export interface ArticleFilter extends Period {
  person?: string;
  place?: string;
  org?: string;
}

export function articleMatches(a: Article, f: ArticleFilter): boolean {
  if (!inPeriod(a.date, f)) return false;
  if (f.person && !a.people.some((p) => nameMatches(f.person!, p))) return false;
  if (f.place && !a.places.some((p) => nameMatches(f.place!, { name: p.name, aliases: [] }))) return false;
  if (f.org && !a.organizations.some((o) => nameMatches(f.org!, o))) return false;
  return true;
}

/** Newest first; undated last; then by id for a stable order. */
export function newestFirst(a: Article, b: Article): number {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id.localeCompare(b.id);
}
