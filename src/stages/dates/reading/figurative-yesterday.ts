/**
 * icesco.figurative-yesterday: "the lessons of yesterday", "from yesterday to tomorrow" name no
 * day ("signed yesterday", "arrived yesterday evening" do).
 */
import type { Refiner } from 'chrono-node';
import { before, kindOf, mark, SKIP } from '../tags.js';

export const NAME = 'icesco.figurative-yesterday';

export const refiner: Refiner = {
  refine(context, results) {
    for (const r of results) if (kindOf(r) === 'yesterday' && /\b(?:of|from|until|and)\s*$/i.test(before(context.text, r))) mark(r, NAME, SKIP);
    return results;
  },
};
