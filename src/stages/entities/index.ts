/**
 * entities: the only stage that uses compromise (through find/tokens). find -> normalise ->
 * merge; this module is the stage's entry point.
 */
import { findEntitiesMany, type RawEntity } from './find.js';
import { canonicalPlace, cleanSurface } from './normalise.js';

export { mergeCorpus, type ArticleMentions, type ArticleEntities, type CorpusEntities, type ExplainedEntity, type ExplainedForm, type JoinRule } from './merge.js';
export type { RawEntity } from './find.js';

/**
 * Mentions in one article. The body is read in full; the title, whose Title Case hides which
 * words are names, only contributes known places (gazetteer, city index) and names the body
 * confirms.
 */
export function articleMentions(title: string, body: string): RawEntity[] {
  return articleMentionsMany([{ title, body }])[0];
}

/** articleMentions for several articles, with one compromise call for them all. */
export function articleMentionsMany(articles: { title: string; body: string }[]): RawEntity[][] {
  const found = findEntitiesMany(articles.flatMap((a) => [a.body, a.title]));
  return articles.map((a, i) => combine(a.title, found[2 * i], found[2 * i + 1]));
}

function combine(title: string, body: RawEntity[], titled: RawEntity[]): RawEntity[] {
  // Each place is canonicalised once, here, so merging needs no gazetteer.
  const withPlace = (e: RawEntity): RawEntity => (e.type === 'place' ? { ...e, place: canonicalPlace(e.text) } : e);
  const inBody = body.map(withPlace);
  const seen = new Set(inBody.map((e) => `${e.type}:${cleanSurface(e.text)}`));
  const bodyPlaces = new Set(inBody.filter((e) => e.place).map((e) => e.place!.name));
  const fromTitle = titled.map(withPlace).filter((e) => (e.place ? e.known || bodyPlaces.has(e.place.name) : seen.has(`${e.type}:${cleanSurface(e.text)}`)));
  // Title offsets are negative so they sort before the body and never collide with it.
  const shift = -(title.length + 2);
  return [...fromTitle.map((e) => ({ ...e, start: e.start + shift, end: e.end + shift })), ...inBody];
}
