/**
 * The corpus's acronym table: "Full Name (ACR)" anywhere makes ACR an alias of the full name
 * everywhere; variants defined with the same acronym are one organization, named by the variant
 * written most often (ties: the longest, then the first in code-unit order). Made from counts
 * alone, so that the cache can keep them up to date as articles come and go.
 */
import type { RawEntity } from '../find.js';
import { canonicalOrganization } from '../normalise.js';
import { byCodeUnits } from '../../../text.js';

export interface AcronymTable {
  /** Acronym -> the canonical full name. */
  canonicalByAcronym: Map<string, string>;
  /** Every full name defined with an acronym -> that acronym. */
  acronymOfFull: Map<string, string>;
  /** Acronyms defined after names that are no organization (a programme, an event). */
  nonOrgAcronyms: Set<string>;
}

/** How often each full name is defined with each acronym, and the acronyms defined after no organization. */
export interface AcronymCounts {
  fullsByAcronym: Map<string, Map<string, number>>;
  /** Acronym -> its mentions defined after something that is no organization. */
  nonOrg: Map<string, number>;
}

/** An article's acronym definitions, counted into `counts` (`sign` -1 takes them out again). */
export function countAcronyms(counts: AcronymCounts, entities: RawEntity[], sign = 1): void {
  for (const e of entities) {
    if (e.type === 'organization' && e.acronym) {
      const m = counts.fullsByAcronym.get(e.acronym) ?? counts.fullsByAcronym.set(e.acronym, new Map()).get(e.acronym)!;
      const full = canonicalOrganization(e.text);
      const n = (m.get(full) ?? 0) + sign;
      if (n) m.set(full, n);
      else m.delete(full);
      if (!m.size) counts.fullsByAcronym.delete(e.acronym);
    } else if (e.type === 'acronym' && e.nonOrgAcronym) {
      const n = (counts.nonOrg.get(e.text) ?? 0) + sign;
      if (n) counts.nonOrg.set(e.text, n);
      else counts.nonOrg.delete(e.text);
    }
  }
}

export function acronymCounts(articles: { entities: RawEntity[] }[]): AcronymCounts {
  const counts: AcronymCounts = { fullsByAcronym: new Map(), nonOrg: new Map() };
  for (const a of articles) countAcronyms(counts, a.entities);
  return counts;
}

/**
 * The table from the counts. A full name defined with two acronyms is the alias of the one it is
 * defined with most often (ties: code-unit order).
 */
export function acronymTable(counts: AcronymCounts): AcronymTable {
  const canonicalByAcronym = new Map<string, string>();
  const acronymOfFull = new Map<string, string>();
  const uses = new Map<string, number>();
  for (const [acr, fulls] of counts.fullsByAcronym) {
    canonicalByAcronym.set(acr, mostWritten(fulls));
    for (const [f, n] of fulls) {
      const known = acronymOfFull.get(f);
      if (known === undefined || n > uses.get(f)! || (n === uses.get(f)! && byCodeUnits(acr, known) < 0)) {
        acronymOfFull.set(f, acr);
        uses.set(f, n);
      }
    }
  }
  return { canonicalByAcronym, acronymOfFull, nonOrgAcronyms: new Set(counts.nonOrg.keys()) };
}

/**
 * Of an entity's forms with their counts, the one it is named by: written most often (ties: the
 * longest, then code-unit order). An acronym's full name, a person's name, a lone word's.
 */
export function mostWritten(forms: Map<string, number>): string {
  return [...forms].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length || byCodeUnits(x[0], y[0]))[0][0];
}
