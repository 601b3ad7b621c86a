/**
 * heads: which line titles a run of prose, among the lines above it (segment.ts walks the page).
 * Pure functions over classified lines; the rules and their reasons are in docs/segmentation.md.
 */
import { sentences, wordCount } from '../text.js';
import { FUNCTION_WORDS, isGenericHeading, isTitleCase, isTitleShaped, teaserKind, type ClassifiedLine } from './lines.js';

/** The lines above a paragraph, split around the title chosen among them. */
export interface Head {
  /** Lines before the title: the previous article's tail, or the page's header. */
  before: number[];
  /** Datelines right above the title that date it. */
  above: number[];
  title: number;
  /** Lines between the title and the paragraph: datelines, bylines, copies, highlights. */
  after: number[];
}

export interface HeadContext {
  isWord: (w: string) => boolean;
  /** Is this line a scraper's stamp (it dates the article wherever it stands above the title)? */
  isStamp: (i: number) => boolean;
  /** The page prints each article's date after its text: a dateline above a title is the previous article's. */
  datesAfterText: boolean;
}

/**
 * The title of the paragraph at `p`, chosen among `window`, the lines since the last paragraph:
 *  - candidates are title-shaped lines, but not one the next line goes on from in lower case; a
 *    short generic heading ("Key Details") is one only when nothing else is (or, inside an
 *    article, when a dateline follows it); a headline right under a teaser link ("Read also") is
 *    the story it points to, not the paragraph's;
 *  - the candidate the page prints several times is the title; else the last candidate, unless a
 *    dateline or byline separates it from an earlier headline in title case while it is not
 *    (a deck under the headline: "Title / date / The initiative aims to …");
 *  - inside an article, a paragraph going on in lower case has no title above it.
 */
export function findHead(lines: ClassifiedLine[], window: number[], p: number, inArticle: boolean, ctx: HeadContext): Head | null {
  if (inArticle && /^\p{Ll}/u.test(lines[p].text)) return null;
  // Where the last dateline stands, and each text's last copy (one pass).
  let lastDateline = -1;
  const lastCopy = new Map<string, number>();
  window.forEach((i, k) => {
    if (lines[i].class === 'dateline') lastDateline = k;
    lastCopy.set(copyKey(lines[i].text), k);
  });
  // A headline right under a teaser link ("Read also") is the story it points to.
  const pointedTo = (k: number) => k > 0 && lines[window[k - 1]].class === 'teaser' && teaserKind(lines[window[k - 1]].text) === 'link';
  const datedBelow = (k: number) => lastDateline > k;
  // A line the next one goes on from in lower case is a paragraph broken by a blank line ("… in
  // a regular session every three" / "years."), not a headline.
  const brokenOff = (k: number) => {
    const next = lines[window[k + 1]];
    return !!next && (next.class === 'text' || next.class === 'prose') && /^\p{Ll}/u.test(next.text) && !/[.!?:]["”’)]?$/.test(lines[window[k]].text);
  };
  // Inside an article, a line in sentence case that tells what was done, or what someone said, is
  // a paragraph that lost its full stop ("The meeting was attended by Dr. Abdelilah Benarafa …",
  // 'He stressed that "there are serious efforts … as well"'), not a headline.
  const unfinished = (i: number) => inArticle && !isTitleCase(lines[i].text) && /\b(?:was|were)\b|\b(?:said|stressed|noted|added|affirmed|emphasi[sz]ed|explained|indicated|stated|underlined|pointed out) that\b/i.test(lines[i].text);
  const shaped = window
    .map((i, k) => ({ i, k }))
    .filter(({ i, k }) => !pointedTo(k) && !brokenOff(k) && !unfinished(i) && lines[i].class === 'title' && isTitleShaped(lines[i].text, lines[i - 1]?.text));
  const generic = (i: number) => isGenericHeading(lines[i].text, ctx.isWord);
  const specific = shaped.filter(({ i }) => !generic(i));
  const candidates = inArticle ? shaped.filter(({ i, k }) => !generic(i) || datedBelow(k)) : specific.length ? specific : shaped;
  if (candidates.length === 0) return null;
  const chosen = candidates.find(({ i, k }) => lastCopy.get(copyKey(lines[i].text))! > k) ?? lastUnlessDeck(lines, window, candidates);
  const { i: title, k } = chosen;
  // Datelines right above the title date it when none stands under it and the page does not
  // print its dates after the text (a stored stamp always does).
  let a = k;
  while (a > 0 && lines[window[a - 1]].class === 'dateline') a--;
  // Past a widget between them ("Sunday 11 November 2018 - 12:37" / "Story Code : 326243" /
  // title), the one dateline nearest the title dates it.
  let w = k;
  while (a === k && w > 0 && lines[window[w - 1]].class === 'widget') w--;
  if (a === k && w < k && w > 0 && lines[window[w - 1]].class === 'dateline') a = w - 1;
  const run = window.slice(a, k).filter((i) => lines[i].class === 'dateline');
  const taken = new Set(datedBelow(k) || ctx.datesAfterText ? run.filter(ctx.isStamp) : run);
  return { before: window.slice(0, k).filter((i) => !taken.has(i)), above: [...taken], title, after: window.slice(k + 1) };
}

/**
 * The last candidate, or the headline above it when a dateline or byline parts them and only the
 * headline is in title case (or neither is, and a byline parts them), or the last is a venue's
 * name of a word or two ("Title / Date & time / Mar 15, 2010 / Weill Hall"). (A deck in title
 * case right under its headline cannot be told from a headline under a masthead, "Islamic World
 * Educational Scientific and Cultural Organization", by shape: the last is taken.)
 */
function lastUnlessDeck(lines: ClassifiedLine[], window: number[], candidates: { i: number; k: number }[]): { i: number; k: number } {
  const last = candidates[candidates.length - 1];
  const words = (c: { i: number }) => wordCount(lines[c.i].text);
  const parted = (c: { k: number }) => window.slice(c.k + 1, last.k).some((i) => lines[i].class === 'dateline' || lines[i].class === 'byline');
  if (words(last) <= VENUE_WORDS) {
    const headline = candidates.slice(0, -1).reverse().find((c) => words(c) > VENUE_WORDS && isTitleCase(lines[c.i].text));
    if (headline && parted(headline)) return headline;
  }
  // A headline that says what was done, and a deck right under it that does not: "ICESCO
  // Participates in 12th Conference … / The Conference Commended ICESCO’s Efforts …". (A masthead
  // or a section's name above a headline says nothing was done: "Middle East & North Africa".)
  const above = candidates[candidates.length - 2];
  // (In sentence case too: "UNESCO Director-General receives award / HE Dr Altwaijri, Mrs Bokova and the Director", a photo's caption.)
  if (above && above.k === last.k - 1 && tellsNews(lines[above.i].text) && !tellsNews(lines[last.i].text)) return above;
  if (isTitleCase(lines[last.i].text)) return last;
  for (let c = candidates.length - 2; c >= 0; c--) if (parted(candidates[c]) && isTitleCase(lines[candidates[c].i].text)) return candidates[c];
  // Neither in title case: a byline signs the headline above it, and what comes under it is the
  // text's ("Title / By Fonban Emmanuel / a photo's caption cut short / text").
  const signed = candidates.slice(0, -1).filter((c) => window.slice(c.k + 1, last.k).some((i) => lines[i].class === 'byline'));
  if (signed.length) return signed[signed.length - 1];
  // Or a dateline right under the headline, and its highlights under the date, two or more,
  // none in title case ("Forum … kicks off / 27 April 2020 / ICESCO Director General: … / The
  // Organization will support … / ICESCO has launched …").
  const dated = candidates.slice(0, -2).filter((c) => lines[window[c.k + 1]]?.class === 'dateline' && candidates.filter((d) => d.k > c.k + 1).length >= 2);
  return dated.length ? dated[dated.length - 1] : last;
}

/**
 * The verbs a news headline says what was done with, in its present tense ("ICESCO Receives …",
 * "Uzbekistan Hosts …"): a closed set of the words headlines use most.
 */
const HEADLINE_VERBS = new Set([
  'participates', 'receives', 'holds', 'signs', 'launches', 'hosts', 'meets', 'opens', 'organizes', 'organises', 'calls',
  'discusses', 'welcomes', 'celebrates', 'concludes', 'visits', 'attends', 'honors', 'honours', 'announces', 'joins',
  'explores', 'reviews', 'renews', 'congratulates', 'condemns', 'praises', 'affirms', 'stresses', 'inaugurates',
  'supports', 'wins', 'awards', 'appoints', 'elects', 'adopts', 'approves', 'commemorates', 'releases', 'publishes',
  'hails', 'lauds', 'commends', 'urges', 'emphasizes', 'emphasises', 'underlines', 'reaffirms', 'kicks', 'takes', 'marks',
  // After two subjects ("ICESCO and X sign …").
  'sign', 'hold', 'launch', 'discuss', 'explore', 'renew', 'agree', 'celebrate',
]);

/** Does a headline say what was done: one of HEADLINE_VERBS after its first word? */
const tellsNews = (text: string) => text.split(/\s+/).slice(1).some((w) => HEADLINE_VERBS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));

/** Most words of a venue's name under an event's date ("Weill Hall"): no headline is as short. */
const VENUE_WORDS = 2;

/** A short sentence on a line of its own above a page's first paragraph: the opening of a lead, not chrome. */
export function isLeadSentence(c: ClassifiedLine): boolean {
  return c.class === 'text' && /^[\p{Lu}"“‘'(«]/u.test(c.text) && /[.!?]["”’)]?$/.test(c.text) && wordCount(c.text) >= 5;
}

/** Fewest words of the opening of a lead that a page cut short (a footer's address line is no lead). */
const CUT_LEAD_MIN_WORDS = 6;

/**
 * Where the last article of a listing page cut short starts, among the lines after the previous
 * article's last paragraph: a headline (in title case, not a generic heading) over the first
 * words of a lead (a line of prose words, starting in upper case). -1 when there is none.
 */
export function cutArticle(lines: ClassifiedLine[], run: number[], isWord: (w: string) => boolean): number {
  if (run.some((i) => lines[i].class === 'teaser')) return -1; // after a teaser label, headlines are teasers
  const k = run.length - 2;
  if (k < 0) return -1;
  const c = lines[run[k]];
  const lead = lines[run[k + 1]];
  // (A headline in sentence case says what was done: "ICESCO and European Academy … sign a cooperation agreement …".)
  if (c.class !== 'title' || !(isTitleCase(c.text) || tellsNews(c.text)) || isGenericHeading(c.text, isWord)) return -1;
  // "Name - Role" over "Name - Role": entries of a list (a commission's members), not a headline over a lead.
  if (isNameEntry(c.text) && isNameEntry(lead.text)) return -1;
  const words = lead.text.split(/\s+/);
  const proseLike = words.length >= CUT_LEAD_MIN_WORDS && words.some((w) => FUNCTION_WORDS.has(w.toLowerCase()));
  return (lead.class === 'text' || lead.class === 'title') && /^[\p{Lu}"“]/u.test(lead.text) && proseLike ? k : -1;
}

/** What two copies of one line share, whichever quotes each was printed with ("Gabon’s President …" / "Gabon's President …"). */
export const copyKey = (text: string) => text.replace(/[‘’′]/g, "'").replace(/[“”]/g, '"');

/** A list's entry naming a person and a role: "Isa Habibbeyli - Vice-president of the Academy". */
const isNameEntry = (text: string) => /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3} [-–—] \p{L}/u.test(text);

/** How many title-case headlines in a row end a page's last article as an unlabelled teaser list. */
const TRAILING_TEASERS = 3;

/**
 * From which position of the page's last lines (after its last paragraph) other stories' headlines
 * run to the end: from a teaser label of any kind ("Check also" at the end of a page heads a
 * list), or an unlabelled run of title-case headlines; run.length if none.
 */
export function trailingTeasers(lines: ClassifiedLine[], run: number[]): number {
  const label = run.findIndex((i) => lines[i].class === 'teaser');
  if (label >= 0) return label;
  let from = run.length;
  // (Not "Name - Role" lines: the entries of a list of members.)
  while (from > 0 && lines[run[from - 1]].class === 'title' && isTitleCase(lines[run[from - 1]].text) && wordCount(lines[run[from - 1]].text) >= 4 && !isNameEntry(lines[run[from - 1]].text)) from--;
  return run.length - from >= TRAILING_TEASERS ? from : run.length;
}

/** Is this teaser label the head of a section of other stories (to the page's end), not a single link? */
export const opensTeaserSection = (c: ClassifiedLine) => c.class === 'teaser' && teaserKind(c.text) === 'section';

/** Most words of a title taken from a lead paragraph. */
const LEAD_TITLE_WORDS = 20;
/** A lead paragraph of this many words or fewer is its own title. */
const LEAD_TITLE_WHOLE_WORDS = 25;
/** Fewest words of a title taken from a lead paragraph. */
const LEAD_TITLE_MIN_WORDS = 6;

/**
 * A title from a lead paragraph: the paragraph itself when it is short (25 words or fewer, as an
 * annotator writes it), else its first sentence (six words or more), cut at a word.
 */
export function leadTitle(lead: string): string {
  if (wordCount(lead) <= LEAD_TITLE_WHOLE_WORDS) return lead;
  let title = '';
  for (const s of sentences(lead)) {
    title = title ? `${title} ${s}` : s;
    if (wordCount(title) >= LEAD_TITLE_MIN_WORDS) break;
  }
  const words = title.split(/\s+/);
  return words.length <= LEAD_TITLE_WORDS ? title : `${words.slice(0, LEAD_TITLE_WORDS).join(' ').replace(/[,;:–—-]+$/, '')}…`;
}
