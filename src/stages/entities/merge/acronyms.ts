/**
 * The corpus's acronym table: "Full Name (ACR)" anywhere makes ACR an alias of the full name
 * everywhere; variants defined with the same acronym are one organization, named by the variant
 * written most often (ties: the longest, then the first in code-unit order).
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

export function acronymTable(articles: { entities: RawEntity[] }[]): AcronymTable {
  const fullsByAcronym = new Map<string, Map<string, number>>();
  const nonOrgAcronyms = new Set<string>();
  for (const a of articles)
    for (const e of a.entities) {
      if (e.type === 'organization' && e.acronym) {
        const m = fullsByAcronym.get(e.acronym) ?? new Map<string, number>();
        const full = canonicalOrganization(e.text);
        m.set(full, (m.get(full) ?? 0) + 1);
        fullsByAcronym.set(e.acronym, m);
      } else if (e.type === 'acronym' && e.nonOrgAcronym) nonOrgAcronyms.add(e.text);
    }
  const canonicalByAcronym = new Map<string, string>();
  const acronymOfFull = new Map<string, string>();
  for (const [acr, fulls] of fullsByAcronym) {
    const best = [...fulls].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length || byCodeUnits(x[0], y[0]))[0][0];
    canonicalByAcronym.set(acr, best);
    for (const f of fulls.keys()) acronymOfFull.set(f, acr);
  }
  return { canonicalByAcronym, acronymOfFull, nonOrgAcronyms };
}
