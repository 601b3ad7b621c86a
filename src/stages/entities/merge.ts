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
 */
import type { OrganizationRef, PersonRef, PlaceRef } from '../../types.js';
import { shortenRole } from './normalise.js';
import { acronymTable } from './merge/acronyms.js';
import type { ExplainedEntity } from './merge/explain.js';
import { organizationsOf } from './merge/organizations.js';
import { PersonIndex } from './merge/people.js';
import { countryVotes, placesOf } from './merge/places.js';
import { Summaries } from './merge/summaries.js';
import type { ArticleEntities, ArticleMentions, CorpusEntities } from './merge/types.js';

export type { ArticleEntities, ArticleMentions, CorpusEntities } from './merge/types.js';
export type { ExplainedEntity, ExplainedForm, JoinRule } from './merge/explain.js';

export function mergeCorpus(articles: ArticleMentions[]): CorpusEntities {
  const acronyms = acronymTable(articles);
  const shortRoles = new Map<string, string>();
  const shortRole = (role: string) => {
    let r = shortRoles.get(role);
    if (r === undefined) shortRoles.set(role, (r = shortenRole(role, acronyms.acronymOfFull)));
    return r;
  };
  const persons = new PersonIndex(articles);
  const countryOf = countryVotes(articles);
  const summaries = new Summaries();

  // People first, for every article: a single word's name is chosen from all its forms.
  const peopleByArticle = articles.map((article) => persons.ofArticle(article, shortRole));

  const perArticle: ArticleEntities[] = [];
  const perArticleExplain: ExplainedEntity[][] = [];
  articles.forEach((article, i) => {
    const explained: ExplainedEntity[] = [];
    const peopleRefs: PersonRef[] = [];
    for (const [c, p] of peopleByArticle[i]) {
      const name = persons.canonical(c);
      peopleRefs.push({ name, aliases: [...p.forms].filter((f) => f !== name), roles: p.roles });
      summaries.note('person', name, article, p.texts);
      summaries.noteRole(name, article, p.roles[0]);
      explained.push({ type: 'person', name, forms: p.log.forms.map((f) => (f.rule === 'same-name' ? { ...f, rule: persons.fullNameRule(f.text, name) } : f)) });
    }

    const orgRefs: OrganizationRef[] = [];
    for (const [name, o] of organizationsOf(article, acronyms)) {
      const acr = acronyms.acronymOfFull.get(name);
      const aliases = [...o.forms].filter((f) => f !== name);
      if (acr && !aliases.includes(acr) && acr !== name) aliases.unshift(acr);
      orgRefs.push({ name, aliases });
      summaries.note('organization', name, article, o.texts);
      explained.push({ type: 'organization', name, forms: o.log.forms });
    }

    const placeRefs: PlaceRef[] = [];
    for (const [name, p] of placesOf(article, countryOf)) {
      placeRefs.push({ name, aliases: [...new Set(p.texts)].filter((t) => t !== name), country: p.country, countryName: p.countryName });
      summaries.note('place', name, article, p.texts, { country: p.country, countryName: p.countryName });
      explained.push({ type: 'place', name, forms: p.log.forms });
    }
    perArticle.push({ people: peopleRefs, places: placeRefs, organizations: orgRefs });
    perArticleExplain.push(explained);
  });
  return { perArticle, summaries: summaries.done(), perArticleExplain };
}
