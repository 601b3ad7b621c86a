/** Runs entity passes on one text, to assert on what a single pass finds. */
import { findWith, type RawEntity } from '../../src/stages/entities/find.js';
import type { Pass } from '../../src/stages/entities/passes/index.js';

/** The mentions `pass` finds in `text`, run alone or after the passes it reads (`after`). */
export function found(pass: Pass, text: string, after: Pass[] = []): RawEntity[] {
  return findWith(text, [...after, pass]).filter((e) => e.pass === pass.name);
}

/** The texts of those mentions. */
export const texts = (pass: Pass, text: string, after: Pass[] = []) => found(pass, text, after).map((e) => e.text);
