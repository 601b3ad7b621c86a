/** What segmentation reads lines with in the tests: the real date parser and word list, as the CLI uses them. */
import { segmentContext } from '../../src/corpus.js';
import { readLineDates } from '../../src/stages/dates.js';

export const CONTEXT = segmentContext(readLineDates);
