/**
 * The lexicon: every word the entity rules read, each class written once (titles.ts, bodies.ts,
 * names.ts, places.ts, grammar.ts), loaded into compromise as tags (compromise.ts), and read here
 * as the classes the passes test words against (the lists in words.ts, re-exported). Where
 * compromise has a class of its own, its tag is read instead of a list, here: months and weekdays
 * (#Month, #WeekDay), and which abbreviations are honorifics (#Honorific: "Dr" as well as "Dr.").
 */
import { hasLexiconTag } from '../compromise.js';
import { formsOf, keyOf } from './classes.js';
import { CONTEXT_MONTHS, type WordTest } from './words.js';

export * from './words.js';

// Titles
/** Titles and honorifics that introduce a person's name, token by token as written, longest first. */
export const HONORIFICS: string[][] = honorificSequences();

// Names
/** Month and weekday names: capitalised, but never names. compromise's #Month and #WeekDay, and "march", "may". */
export const CALENDAR_WORDS: WordTest = {
  has: (word) => CONTEXT_MONTHS.has(word) || hasLexiconTag(word, 'Month') || hasLexiconTag(word, 'WeekDay'),
};

/**
 * The honorifics as token sequences. An abbreviation written with its dot also stands without it
 * when compromise knows the bare word as an honorific ("Dr" as well as "Dr.", but only "Eng.").
 */
function honorificSequences(): string[][] {
  const forms = formsOf('Honorific');
  const undotted = forms.filter((f) => /^\p{Lu}\p{Ll}+\.$/u.test(f) && hasLexiconTag(keyOf(f), 'Honorific')).map((f) => f.slice(0, -1));
  return [...forms, ...undotted].map((f) => f.split(' ')).sort((a, b) => b.length - a.length);
}
