/**
 * icesco.part-of-day: "the afternoon of Wednesday, 23 July 2025", "an artistic evening on Friday,
 * June 7, 2024". chrono reads an evening on the reference day, with nothing of the date stated:
 * the words after "of" or "on" are read again, alone.
 */
import type { Chrono, ParsingResult, Refiner } from 'chrono-node';
import { mark } from '../tags.js';
import { UNITS } from '../reading.js';

export const NAME = 'icesco.part-of-day';

/** A part of the day, then the day it belongs to ("the afternoon of …", "an evening on Friday, June 7, 2024"). */
const PART_OF_DAY_LEAD = /^(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night)\s+(?:of|on)\s+/i;

/** Reads the date after the part of the day with `reader` (chrono with icesco's parsers, no refiners of its own). */
export function refiner(reader: () => Chrono): Refiner {
  return {
    refine: (context, results) =>
      results.flatMap((r) => {
        const lead = PART_OF_DAY_LEAD.exec(r.text);
        if (!lead || UNITS.some((u) => r.start.isCertain(u))) return [r];
        const at = r.index + lead[0].length;
        const reference = { instant: context.reference.instant, timezone: context.reference.timezoneOffset ?? undefined };
        // (chrono's parse gives its own ParsingResults, typed by their public interface.)
        const again = reader().parse(context.text.slice(at, r.index + r.text.length), reference) as ParsingResult[];
        return again.map((s) => {
          s.index += at;
          return mark(s, NAME);
        });
      }),
  };
}
