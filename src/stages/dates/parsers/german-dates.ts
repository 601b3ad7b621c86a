/**
 * icesco.german-date: dates written in German, as agencies' German services print them ("Baku,
 * 29. September, AZERTAC", "am 3. Oktober 2016"): the day with its full stop, then the month. The
 * year, when the text gives none, is left for resolving to imply.
 */
import type { Parser } from 'chrono-node';

export const NAME = 'icesco.german-date';

/** German month names, January first (with "Maerz" for "März"). */
const GERMAN_MONTHS = [['januar'], ['februar'], ['märz', 'maerz'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['dezember']];

const monthNumber = (name: string) => GERMAN_MONTHS.findIndex((spellings) => spellings.includes(name.toLowerCase())) + 1;

/** parser's expression, compiled once: chrono asks for it on every sentence. */
const PARSER_PATTERN = new RegExp(`(?<![\\p{L}\\d.])([12]\\d|3[01]|0?[1-9])\\.\\s+(${GERMAN_MONTHS.flat().join('|')})(?:\\s+(\\d{4}))?(?![\\p{L}\\d])`, 'iu');

/** "29. September", "3. Oktober 2016": the full stop after the day is what makes it German. */
export const parser: Parser = {
  pattern: () => PARSER_PATTERN,
  extract: (context, m) => {
    const year = m[3] ? { year: Number(m[3]) } : {};
    return context.createParsingResult(m.index ?? 0, m[0], { ...year, month: monthNumber(m[2]), day: Number(m[1]) }).addTag(`parser/${NAME}`);
  },
};
