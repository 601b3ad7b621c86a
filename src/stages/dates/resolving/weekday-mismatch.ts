/**
 * icesco.weekday-mismatch: a weekday that contradicts its date ("Monday, 17 September 2025", a
 * Wednesday) is kept, with a warning (`icesco dates --warnings`). The weekday that opens a joined
 * date ("Monday (17 September 2025)") is the one checked first.
 */
import { WEEKDAYS } from '../lexicon.js';
import { isWeekdayOnly, mark } from '../tags.js';
import { cleanMentionText } from '../wording.js';
import type { ArticleResult, ResolvingRefiner } from '../article.js';
import { shownText } from '../mention.js';

export const NAME = 'icesco.weekday-mismatch';

const contradiction = (text: string, start: string, actual: number, named: number) =>
  `${cleanMentionText(text)}: ${start} is a ${WEEKDAYS[actual]}, not a ${WEEKDAYS[named]}`;

export const refiner: ResolvingRefiner = {
  refine(context, results) {
    for (const r of results) {
      if (r.kind !== 'date' || !r.start.isCertain('day') || (!context.date && !r.start.isCertain('year'))) continue;
      const { start } = r.span;
      const actual = new Date(`${start}T12:00:00Z`).getUTCDay();
      const opening = r.leads.find(isWeekdayOnly);
      const named = (x: ArticleResult) => x.start.get('weekday')!;
      if (opening && named(opening) !== actual) r.warning = contradiction(shownText(r), start, actual, named(opening));
      else if (r.start.isCertain('weekday') && named(r) !== actual) r.warning = contradiction(r.text, start, actual, named(r));
      if (r.warning) mark(r, NAME);
    }
    return results;
  },
};
