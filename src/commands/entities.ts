import { UsageError } from '../errors.js';
import { listCell, type Field, type RecordSet } from '../render/index.js';
import type { Corpus, EntitySummary, EntityType } from '../types.js';
import { entitiesOf, inPeriod, type Period } from './filters.js';

export const ENTITY_TYPES: EntityType[] = ['person', 'place', 'organization'];
export const ENTITY_SORTS = ['mentions', 'articles', 'name', 'first', 'last'] as const;
export type EntitySort = (typeof ENTITY_SORTS)[number];

/** --type: one kind of entity, or all three. */
export type EntityTypeChoice = EntityType | 'all';

/** "people", "Places", "org", "all" -> the entity type; a UsageError for anything else. */
export function parseEntityType(value: string): EntityTypeChoice {
  const v = value.toLowerCase();
  const table: Record<string, EntityTypeChoice> = {
    person: 'person', persons: 'person', people: 'person',
    place: 'place', places: 'place',
    organization: 'organization', organizations: 'organization', organisation: 'organization', organisations: 'organization', org: 'organization', orgs: 'organization',
    all: 'all',
  };
  const t = table[v];
  if (!t) throw new UsageError(`unknown --type '${value}' (expected person, place, organization or all)`);
  return t;
}

export interface EntitiesOptions extends Period {
  type: EntityTypeChoice;
  min?: number;
  sort?: EntitySort;
  limit?: number;
}

/**
 * `icesco entities`: corpus-wide entities of one type. With --since/--until the counts are
 * recomputed over the articles in the period.
 */
export function listEntities(corpus: Corpus, options: EntitiesOptions): RecordSet<EntitySummary> {
  let records = entitiesOf(corpus, options.type === 'all' ? undefined : options.type);
  if (options.since || options.until) {
    const dateOf = new Map(corpus.articles.map((a) => [a.id, a.date]));
    records = records
      .map((e) => {
        const ids = e.articleIds.filter((id) => inPeriod(dateOf.get(id) ?? null, options));
        const keep = new Set(ids);
        const mentions = e.mentions.filter((m) => keep.has(m.article));
        const dates = ids.map((id) => dateOf.get(id)).filter((d): d is string => !!d).sort();
        return { ...e, articleIds: ids, articleCount: ids.length, mentions, mentionCount: mentions.length, firstSeen: dates[0] ?? null, lastSeen: dates[dates.length - 1] ?? null };
      })
      .filter((e) => e.articleCount > 0);
  }
  if (options.min) records = records.filter((e) => e.mentionCount >= options.min!);
  const sort = options.sort ?? 'mentions';
  const by: Record<EntitySort, (a: EntitySummary, b: EntitySummary) => number> = {
    mentions: (a, b) => b.mentionCount - a.mentionCount || b.articleCount - a.articleCount,
    articles: (a, b) => b.articleCount - a.articleCount || b.mentionCount - a.mentionCount,
    name: (a, b) => a.name.localeCompare(b.name),
    first: (a, b) => (a.firstSeen ?? '9999').localeCompare(b.firstSeen ?? '9999'),
    last: (a, b) => (b.lastSeen ?? '').localeCompare(a.lastSeen ?? ''),
  };
  records = [...records].sort((a, b) => by[sort](a, b) || a.name.localeCompare(b.name));
  if (options.limit !== undefined) records = records.slice(0, options.limit);
  // The name wins the width; columns give way from the right, so the ones read least stand there.
  const columns: RecordSet<EntitySummary>['columns'] = [
    { header: 'name', value: (e) => e.name, style: 'name', flex: true },
    { header: 'mentions', value: (e) => e.mentionCount, align: 'right', style: 'number' },
    { header: 'articles', value: (e) => e.articleCount, align: 'right', style: 'number' },
    { header: 'first', value: (e) => e.firstSeen ?? '—', style: 'date', min: 10 },
    { header: 'last', value: (e) => e.lastSeen ?? '—', style: 'date', min: 10 },
  ];
  if (options.type === 'person') columns.push({ header: 'latest role', value: (e) => e.role ?? '', max: 40, min: 16 });
  if (options.type === 'place') columns.splice(1, 0, { header: 'country', value: (e) => (e.country ? '(country)' : e.countryName ?? ''), max: 20, min: 9 });
  if (options.type === 'all') columns.splice(1, 0, { header: 'type', value: (e) => e.type, min: 6 });
  columns.push({ header: 'aliases', value: (e) => e.aliases.join(', '), max: 30, min: 16, style: 'dim' });
  const fields: Field<EntitySummary>[] = [
    { name: 'name', value: (e) => e.name },
    ...(options.type === 'all' ? [{ name: 'type', value: (e: EntitySummary) => e.type }] : []),
    { name: 'aliases', value: (e) => listCell(e.aliases) },
    { name: 'mentionCount', value: (e) => e.mentionCount },
    { name: 'articleCount', value: (e) => e.articleCount },
    { name: 'firstSeen', value: (e) => e.firstSeen },
    { name: 'lastSeen', value: (e) => e.lastSeen },
  ];
  if (options.type === 'person') fields.push({ name: 'role', value: (e) => e.role });
  if (options.type === 'place') fields.push({ name: 'country', value: (e) => !!e.country }, { name: 'countryName', value: (e) => e.countryName });
  return {
    records,
    empty: `No ${options.type === 'person' ? 'people' : options.type === 'all' ? 'entities' : `${options.type}s`} found.`,
    columns,
    fields,
    json: ({ articleIds, ...e }) => ({ ...e, articleIds }),
  };
}
