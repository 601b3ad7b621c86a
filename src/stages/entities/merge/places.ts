/**
 * Places: each mention's canonical place (computed when found), and the country of a city the
 * gazetteer does not place, from the text's own "Shymkent, Kazakhstan" pattern across the corpus.
 */
import { byCodeUnits } from '../../../text.js';
import { canonicalPlace, cleanSurface } from '../normalise.js';
import { FormLog } from './explain.js';
import type { RawEntity } from '../find.js';
import type { ArticleMentions } from './types.js';

/** A place in one article. */
export interface ArticlePlace {
  country: boolean;
  countryName: string | null;
  /** Every mention's form, in order. */
  texts: string[];
  log: FormLog;
}

/** The country of a city the gazetteer does not place, by the votes of "City, Country" across the corpus. */
export type CountryOf = (name: string, known: string | null) => string | null;

/** City -> country -> votes. */
export type CountryVoteCounts = Map<string, Map<string, number>>;

/** An article's "City, Country" votes, counted into `votes` (`sign` -1 takes them out again; `cities` is told which it voted on). */
export function countVotes(votes: CountryVoteCounts, entities: RawEntity[], sign = 1, cities?: Set<string>): void {
  const places = entities.filter((e) => e.type === 'place').sort((x, y) => x.start - y.start);
  for (let i = 0; i + 1 < places.length; i++) {
    const [prev, place, next, after] = [places[i - 1], places[i], places[i + 1], places[i + 2]];
    // Exactly "Place, Country": not inside a list of places ("Bashkortostan, Kazakhstan, Tajikistan").
    if (next.start !== place.end + 2 || (prev && prev.end + 2 === place.start) || (after && after.start === next.end + 2)) continue;
    const inner = place.place ?? canonicalPlace(place.text);
    const outer = next.place ?? canonicalPlace(next.text);
    if (inner.country || !outer.country) continue;
    cities?.add(inner.name);
    const forInner = votes.get(inner.name) ?? votes.set(inner.name, new Map()).get(inner.name)!;
    const n = (forInner.get(outer.name) ?? 0) + sign;
    if (n) forInner.set(outer.name, n);
    else forInner.delete(outer.name);
    if (!forInner.size) votes.delete(inner.name);
  }
}

export function voteCounts(articles: ArticleMentions[]): CountryVoteCounts {
  const votes: CountryVoteCounts = new Map();
  for (const a of articles) countVotes(votes, a.entities);
  return votes;
}

export function countryVotes(votes: CountryVoteCounts): CountryOf {
  return (name, known) => (known ? known : countryByVotes(votes.get(name)));
}

/** The country most votes give (ties: code-unit order); null without votes. */
export function countryByVotes(v: Map<string, number> | undefined): string | null {
  return v?.size ? [...v].sort((x, y) => y[1] - x[1] || byCodeUnits(x[0], y[0]))[0][0] : null;
}

/** The places of one article, by canonical name, in order of first mention. */
export function placesOf(article: ArticleMentions, countryOf: CountryOf): Map<string, ArticlePlace> {
  const places = new Map<string, ArticlePlace>();
  for (const e of article.entities) {
    if (e.type !== 'place') continue;
    const p = e.place ?? canonicalPlace(e.text);
    const entry = places.get(p.name) ?? { country: p.country, countryName: countryOf(p.name, p.countryName), texts: [], log: new FormLog() };
    const form = cleanSurface(e.text);
    entry.texts.push(form);
    entry.log.add(form, e.pass, form === p.name ? 'same-name' : 'place-short-name');
    places.set(p.name, entry);
  }
  return places;
}
