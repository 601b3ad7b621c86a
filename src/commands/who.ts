import { InputError, NotFoundError } from '../errors.js';
import { foldForMatch } from '../text.js';
import type { Article, ArticlesNaming, Corpus, EntitySummary, EntityType } from '../types.js';
import { articlesWithIds, entitiesOf, nearestName } from './filters.js';

/** A co-occurring entity and the number of articles shared. */
export interface Companion {
  name: string;
  articleCount: number;
}

/** `icesco who`: everything the corpus says about one entity. */
export interface Profile {
  name: string;
  type: EntityType;
  aliases: string[];
  mentionCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  /** People: each distinct role, when it was first and last given, and in how many articles. */
  roles: { role: string; firstSeen: string | null; lastSeen: string | null; articleCount: number }[];
  /** The articles that mention it, newest first. */
  articles: { id: string; date: string | null; title: string }[];
  people: Companion[];
  places: Companion[];
  organizations: Companion[];
}

/** How many companions of each kind a profile lists. */
export const COMPANIONS = 10;

/**
 * Finds the entity a user means: any name or alias, case- and accent-insensitively; failing
 * that, entities whose names contain every word typed. More than one → the candidates.
 */
export function findEntity(corpus: Corpus, query: string): EntitySummary {
  const q = foldForMatch(query);
  if (!q) throw new InputError('give a name to look up');
  const forms = (e: EntitySummary) => [e.name, ...e.aliases].map(foldForMatch);
  const entities = entitiesOf(corpus);
  let hits = entities.filter((e) => forms(e).includes(q));
  if (hits.length === 0) {
    const words = q.split(' ');
    hits = entities.filter((e) => forms(e).some((f) => words.every((w) => f.split(' ').includes(w) || f.replace(/ /g, '').includes(w))));
  }
  // A person, place and organization may share a form ("ICESCO" the body, "Kuwait" the state): prefer people.
  if (hits.length > 1 && hits.filter((e) => e.type === 'person').length === 1) hits = hits.filter((e) => e.type === 'person');
  if (hits.length === 1) return hits[0];
  if (hits.length === 0) throw new NotFoundError(`no person, place or organization called '${query}'`, nearestName(corpus, query));
  const list = hits.slice(0, 8).map((e) => `${e.name} (${e.type})`).join('; ');
  throw new InputError(`'${query}' is ambiguous: ${list}${hits.length > 8 ? '; …' : ''}`);
}

export function profile(corpus: Corpus, query: string): Profile {
  const entity = findEntity(corpus, query);
  const naming = corpus.index?.articlesNaming(entity) ?? articlesNaming(corpus, entity);
  const companions = (counts: Map<string, number>): Companion[] =>
    [...counts]
      .filter(([name]) => name !== entity.name)
      .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
      .slice(0, COMPANIONS)
      .map(([name, n]) => ({ name, articleCount: n }));
  const roles = new Map<string, Profile['roles'][number]>();
  for (const { date, roles: given } of naming.roles)
    for (const role of given) {
      const r = roles.get(role) ?? { role, firstSeen: null, lastSeen: null, articleCount: 0 };
      r.articleCount++;
      if (date && (!r.firstSeen || date < r.firstSeen)) r.firstSeen = date;
      if (date && (!r.lastSeen || date > r.lastSeen)) r.lastSeen = date;
      roles.set(role, r);
    }
  return {
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases,
    mentionCount: entity.mentionCount,
    firstSeen: entity.firstSeen,
    lastSeen: entity.lastSeen,
    roles: [...roles.values()].sort((x, y) => (x.firstSeen ?? '').localeCompare(y.firstSeen ?? '') || y.articleCount - x.articleCount),
    articles: naming.articles.sort((x, y) => (y.date ?? '').localeCompare(x.date ?? '') || x.id.localeCompare(y.id)),
    people: companions(naming.names.people),
    places: companions(naming.names.places),
    organizations: companions(naming.names.organizations),
  };
}

/** What the index gives (ArticlesNaming), read from the articles themselves. */
function articlesNaming(corpus: Corpus, entity: EntitySummary): ArticlesNaming {
  const articles = articlesWithIds(corpus, entity.articleIds);
  const count = (pick: (a: Article) => string[]) => {
    const counts = new Map<string, number>();
    for (const a of articles) for (const n of new Set(pick(a))) counts.set(n, (counts.get(n) ?? 0) + 1);
    return counts;
  };
  return {
    articles: articles.map((a) => ({ id: a.id, date: a.date, title: a.title })),
    names: { people: count((a) => a.people.map((p) => p.name)), places: count((a) => a.places.map((p) => p.name)), organizations: count((a) => a.organizations.map((o) => o.name)) },
    roles: entity.type !== 'person' ? [] : articles.flatMap((a) => a.people.filter((p) => p.name === entity.name).map((p) => ({ date: a.date, roles: [...new Set(p.roles)] }))),
  };
}
