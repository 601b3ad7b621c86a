/**
 * What of the corpus-wide tables one article's entities can depend on, as keys: when the corpus
 * changes, the cache compares the old and new tables and reads again only the articles holding a
 * key whose entry changed (update/merge.ts). Keys may say more than an article uses (it is then
 * read again for nothing), never less (it would keep stale entities).
 *
 *   pn:FORM   a full person name: its person (cluster), that person's names and keys;
 *   ps:WORD   a single word (singleKey): the full name its family name means elsewhere, or the
 *             lone person the word is;
 *   acr:ACR   an acronym: its canonical full name, whether it names something other than a body;
 *   nn:ACR    an acronym compromise knows as a body's: whether a numbered one names something
 *             other than a body ("COP" of "COP29");
 *   of:NAME   an organization's name (and a body it is an organ "of the"): the acronym it is defined with;
 *   pl:NAME   a place the gazetteer does not place: its country, by the corpus's votes.
 *
 * A person's role is shortened by every full name defined with an acronym that it contains:
 * roles are kept apart (articleRoles) and searched for a changed name.
 */
import type { RawEntity } from '../find.js';
import { canonicalOrganization, canonicalPlace, cleanSurface, nameKey, singleKey } from '../normalise.js';

/** A person mention's name as written, honorifics aside, and whether it is a full name. */
export function personForms(e: { text: string }, isFull: (text: string) => boolean): { form: string; full: boolean; fullAsWritten: boolean } {
  const form = cleanSurface(e.text);
  const fullAsWritten = isFull(e.text);
  return { form, full: fullAsWritten || isFull(form), fullAsWritten };
}

/** Is a name full (given and family names)? */
export const isFullName = (text: string) => nameKey(text).given !== null;


/** A full name's mentions in one article: as a full name (m1), and as written (m2: see FullNameCount). */
export function articleNames(entities: RawEntity[], isFull: (text: string) => boolean = isFullName): Map<string, { m1: number; m2: number }> {
  const names = new Map<string, { m1: number; m2: number }>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const { form, full, fullAsWritten } = personForms(e, isFull);
    if (!full) continue;
    const n = names.get(form) ?? names.set(form, { m1: 0, m2: 0 }).get(form)!;
    n.m1++;
    if (fullAsWritten) n.m2++;
  }
  return names;
}

/** Upper-case words of a name that an organ may be named after ("ICESCO Executive Council", "ICESCO’s …"). */
const ACRONYM_WORD = /^(\p{Lu}[\p{Lu}\d]+)(?:['’]s)?$/u;

export function dependencyKeys(entities: RawEntity[], isFull: (text: string) => boolean = isFullName): string[] {
  const keys = new Set<string>();
  for (const e of entities) {
    if (e.type === 'person') {
      const { form, full } = personForms(e, isFull);
      if (full) keys.add(`pn:${form}`);
      // (Read as a single word unless its cleaned form is a full name: see PersonIndex.ofArticle.)
      if (!isFull(form)) keys.add(`ps:${singleKey(form)}`);
    } else if (e.type === 'organization') {
      const form = canonicalOrganization(e.text);
      keys.add(`of:${form}`);
      if (e.acronym) keys.add(`acr:${e.acronym}`);
      for (const w of form.split(/\s+/)) {
        const m = ACRONYM_WORD.exec(w);
        if (m) keys.add(`acr:${m[1]}`);
      }
      const lower = form.toLowerCase();
      for (let at = lower.indexOf(' of the '); at >= 0; at = lower.indexOf(' of the ', at + 1)) keys.add(`of:${form.slice(at + ' of the '.length)}`);
    } else if (e.type === 'acronym') {
      keys.add(`acr:${e.text}`);
      if (e.orgTagged) keys.add(`nn:${e.text}`);
    } else if (e.type === 'place') {
      const p = e.place ?? canonicalPlace(e.text);
      if (!p.countryName) keys.add(`pl:${p.name}`);
    }
  }
  return [...keys];
}

/** The roles an article gives people, as written (shortened by the acronym table when merged). */
export function articleRoles(entities: RawEntity[]): string[] {
  return [...new Set(entities.flatMap((e) => (e.type === 'person' && e.role ? [e.role] : [])))];
}
