/**
 * merge: raw mentions of all articles -> one entity per real-world referent, in four steps:
 *
 *   merge/acronyms.ts       "Full Name (ACR)" anywhere makes ACR an alias of the full name everywhere;
 *   merge/people.ts         full names grouped by their given and family names, then each
 *                           article's single words joined to them;
 *   merge/organizations.ts  an article's names and acronyms, shorter forms folded into longer ones;
 *   merge/places.ts         canonical places, and the country of a city from "City, Country";
 *
 * and merge/summaries.ts counts each entity across the corpus. Every form of every entity keeps
 * the pass that found it and the rule that joined it (merge/explain.ts), for `show --explain`.
 *
 * What is corpus-wide is read from counts alone (MergeCounts: acronym definitions, "City,
 * Country" votes, full names, single words): an article's entities depend on its own mentions and
 * on those counts, nothing else. The cache keeps the counts up to date as articles come and go,
 * and reads again only the articles whose entities a change of counts can reach (update/merge.ts).
 */
import type { OrganizationRef, PersonRef, PlaceRef } from '../../types.js';
import { shortenRole } from './normalise.js';
import { acronymCounts, acronymTable, type AcronymCounts, type AcronymTable } from './merge/acronyms.js';
import type { ExplainedEntity } from './merge/explain.js';
import { organizationsOf } from './merge/organizations.js';
import { LoneNames, nameCounts, PersonIndex, type NameCounts } from './merge/people.js';
import { countryVotes, placesOf, voteCounts, type CountryOf, type CountryVoteCounts } from './merge/places.js';
import { Summaries, type EntityNote } from './merge/summaries.js';
import type { ArticleEntities, ArticleMentions, CorpusEntities } from './merge/types.js';

export type { ArticleEntities, ArticleMentions, CorpusEntities } from './merge/types.js';
export type { ExplainedEntity, ExplainedForm, JoinRule } from './merge/explain.js';

/** What merging reads of the whole corpus. */
export interface MergeCounts {
  acronyms: AcronymCounts;
  votes: CountryVoteCounts;
  names: NameCounts;
}

export function mergeCounts(articles: ArticleMentions[]): MergeCounts {
  return { acronyms: acronymCounts(articles), votes: voteCounts(articles), names: nameCounts(articles) };
}

/** The corpus-wide tables an article's entities are read with. */
export interface MergeTables {
  acronyms: AcronymTable;
  countryOf: CountryOf;
  persons: PersonIndex;
  shortRole: (role: string) => string;
}

export function mergeTables(counts: MergeCounts): MergeTables {
  const acronyms = acronymTable(counts.acronyms);
  const shortRoles = new Map<string, string>();
  const shortRole = (role: string) => {
    let r = shortRoles.get(role);
    if (r === undefined) shortRoles.set(role, (r = shortenRole(role, acronyms.acronymOfFull)));
    return r;
  };
  // (The people are grouped when first asked for: an update compares them with those the cache
  // keeps, and reads the old ones only when an old article must be read again.)
  let persons: PersonIndex | undefined;
  return {
    acronyms,
    countryOf: countryVotes(counts.votes),
    get persons() {
      return (persons ??= new PersonIndex(counts.names));
    },
    shortRole,
  };
}

/** What merging a corpus leaves for the cache to update it with (update/merge.ts). */
export interface MergeState {
  counts: MergeCounts;
  /** Single words' lone forms, counted (see LoneNames). */
  lone: Map<string, Map<string, number>>;
  /** Where each entity is first noted, and a person's role's date (see Summaries.positions). */
  positions: ReturnType<Summaries['positions']>;
}

/**
 * Merges the corpus's entities. `explain`: keep, per article, where each entity's forms came from
 * (`show --explain`); without it perArticleExplain holds empty lists (at 3,000 pages the
 * explanations were 145 MB of a cold run's peak, and only `show --explain` reads them).
 */
export function mergeCorpus(articles: ArticleMentions[], explain = true): CorpusEntities & { state: MergeState } {
  const counts = mergeCounts(articles);
  const tables = mergeTables(counts);
  // People first, for every article: a single word's name is chosen from all its forms. They are
  // counted over every article first, and each article's people read again with the counts, as
  // an update reads them, rather than held meanwhile (~100 MB at 3,000 pages, for ~1 s).
  const lone = new LoneNames();
  for (const article of articles) tables.persons.ofArticle(article, tables.shortRole, lone);
  const loneCounts = lone.counts();
  const counted = new LoneNames(loneCounts);
  const summaries = new Summaries();
  const perArticle: ArticleEntities[] = [];
  const perArticleExplain: ExplainedEntity[][] = [];
  articles.forEach((article) => {
    const merged = entitiesOf(article, tables.persons.ofArticle(article, tables.shortRole, counted), tables, explain);
    summaries.add(article, merged.notes);
    perArticle.push(merged.entities);
    perArticleExplain.push(merged.explained);
  });
  return { perArticle, summaries: summaries.done(), perArticleExplain, state: { counts, lone: loneCounts, positions: summaries.positions() } };
}

/**
 * One article's entities, given its people (PersonIndex.ofArticle, once every article's are
 * known); `explained` is left empty unless `explain`.
 */
export function entitiesOf(article: ArticleMentions, people: ReturnType<PersonIndex['ofArticle']>, tables: MergeTables, explain = true): { entities: ArticleEntities; explained: ExplainedEntity[]; notes: EntityNote[] } {
  const { persons, acronyms, countryOf } = tables;
  const explained: ExplainedEntity[] = [];
  const notes: EntityNote[] = [];
  const peopleRefs: PersonRef[] = [];
  for (const [c, p] of people) {
    const name = persons.canonical(c);
    peopleRefs.push({ name, aliases: [...p.forms].filter((f) => f !== name), roles: p.roles });
    notes.push({ type: 'person', name, texts: p.texts, role: p.roles[0] });
    if (explain) explained.push({ type: 'person', name, forms: p.log.forms.map((f) => (f.rule === 'same-name' ? { ...f, rule: persons.fullNameRule(f.text, name) } : f)) });
  }

  const orgRefs: OrganizationRef[] = [];
  for (const [name, o] of organizationsOf(article, acronyms)) {
    const acr = acronyms.acronymOfFull.get(name);
    const aliases = [...o.forms].filter((f) => f !== name);
    if (acr && !aliases.includes(acr) && acr !== name) aliases.unshift(acr);
    orgRefs.push({ name, aliases });
    notes.push({ type: 'organization', name, texts: o.texts });
    if (explain) explained.push({ type: 'organization', name, forms: o.log.forms });
  }

  const placeRefs: PlaceRef[] = [];
  for (const [name, p] of placesOf(article, countryOf)) {
    placeRefs.push({ name, aliases: [...new Set(p.texts)].filter((t) => t !== name), country: p.country, countryName: p.countryName });
    notes.push({ type: 'place', name, texts: p.texts, extra: { country: p.country, countryName: p.countryName } });
    if (explain) explained.push({ type: 'place', name, forms: p.log.forms });
  }
  return { entities: { people: peopleRefs, places: placeRefs, organizations: orgRefs }, explained, notes };
}
