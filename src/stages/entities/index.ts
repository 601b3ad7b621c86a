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

/** What the entity stage reads of an article. */
export interface ArticleSource {
  title: string;
  body: string;
  /** Datelines on lines of their own ("Muscat, Oct 2"): they contribute the places they name. */
  datelines?: string[];
  /** The writers its bylines name (see corpus.ts): people of the article, each a full name already. */
  writers?: string[];
}

/** articleMentions for several articles, with one compromise call for them all. */
export function articleMentionsMany(articles: ArticleSource[]): RawEntity[][] {
  const found = findEntitiesMany(articles.flatMap((a) => [a.body, a.title, ...(a.datelines ?? [])]));
  let at = 0;
  return articles.map((a) => {
    const [body, titled] = [found[at], found[at + 1]];
    const dated = found.slice(at + 2, (at += 2 + (a.datelines?.length ?? 0)));
    return combine(a, body, titled, dated);
  });
}

/** The pass name of a person a byline names (see corpus.ts): no pass over the text finds it. */
export const WRITER_PASS = 'byline-writer';

function combine(a: ArticleSource, body: RawEntity[], titled: RawEntity[], dated: RawEntity[][]): RawEntity[] {
  // Each place is canonicalised once, here, so merging needs no gazetteer.
  const withPlace = (e: RawEntity): RawEntity => (e.type === 'place' ? { ...e, place: canonicalPlace(e.text) } : e);
  const inBody = body.map(withPlace);
  const seen = new Set(inBody.map((e) => `${e.type}:${cleanSurface(e.text)}`));
  const bodyPlaces = new Set(inBody.filter((e) => e.place).map((e) => e.place!.name));
  const fromTitle = titled.map(withPlace).filter((e) => (e.place ? e.known || bodyPlaces.has(e.place.name) : seen.has(`${e.type}:${cleanSurface(e.text)}`)));
  // Offsets of the datelines, then of the title, are negative: they sort before the body, in the
  // page's order, and never collide with it or with each other.
  const shifted = (list: RawEntity[], by: number) => list.map((e) => ({ ...e, start: e.start + by, end: e.end + by }));
  const titleShift = -(a.title.length + 2);
  const datelines = a.datelines ?? [];
  const datelinesStart = titleShift - datelines.reduce((n, line) => n + line.length + 2, 0);
  let lineShift = datelinesStart;
  // A dateline says where the story happened: only the places it names (known ones, as from the
  // title) are taken, never its agency credit ("Cairo, October 23, AZERTAC").
  const fromDatelines = datelines.flatMap((line, k) => {
    const by = lineShift;
    lineShift += line.length + 2;
    return shifted(dated[k].filter((e) => e.type === 'place' && e.known).map(withPlace), by);
  });
  // A writer is a person of the article, placed before its datelines (the byline is no part of
  // its text: a name of its own, its offsets made up to sort first, in the same way).
  const writers = a.writers ?? [];
  let writerShift = datelinesStart - writers.reduce((n, name) => n + name.length + 2, 0);
  const fromWriters = writers.map((name): RawEntity => {
    const start = writerShift;
    writerShift += name.length + 2;
    return { type: 'person', text: name, start, end: start + name.length, pass: WRITER_PASS, titled: true };
  });
  return [...fromWriters, ...fromDatelines, ...shifted(fromTitle, titleShift), ...inBody];
}
