/**
 * Organizations of one article. A full name or an acronym takes the corpus's canonical name for
 * its acronym; a bare acronym no article defines is an organization when compromise knows it as
 * one. Within the article, a shorter form of a longer name (same first and last words, a subset
 * of its words) is an alias of it, as is a run of its words that no other name there contains
 * ("Training Center" of "Up Skill Training Center", "Al Babtain Cultural Foundation" of
 * "AbdulAziz Saud Al Babtain Cultural Foundation of Kuwait").
 */
import { canonicalOrganization } from '../normalise.js';
import type { AcronymTable } from './acronyms.js';
import { FormLog, type JoinRule } from './explain.js';
import type { ArticleMentions } from './types.js';

/** An organization in one article: the forms written, every mention's form, and how each form joined. */
export interface ArticleOrganization {
  forms: Set<string>;
  texts: string[];
  log: FormLog;
}

/** The organizations of one article, by canonical name, in order of first mention. */
export function organizationsOf(article: ArticleMentions, acronyms: AcronymTable): Map<string, ArticleOrganization> {
  const { canonicalByAcronym, acronymOfFull, nonOrgAcronyms } = acronyms;
  const orgs = new Map<string, ArticleOrganization>();
  const addOrg = (name: string, form: string, pass: string, rule: JoinRule) => {
    const o = orgs.get(name) ?? { forms: new Set<string>(), texts: [], log: new FormLog() };
    o.forms.add(form);
    o.texts.push(form);
    o.log.add(form, pass, rule);
    orgs.set(name, o);
  };
  const definedHere = new Set(article.entities.filter((e) => e.type === 'organization' && e.acronym).map((e) => e.acronym));
  for (const e of article.entities) {
    if (e.type === 'organization') {
      const form = canonicalOrganization(e.text);
      const acr = e.acronym ?? acronymOfFull.get(form);
      const name = acr ? canonicalByAcronym.get(acr) ?? form : form;
      addOrg(name, form, e.pass, name === form ? 'same-name' : 'same-acronym');
      if (e.acronym) {
        const o = orgs.get(name)!;
        o.forms.add(e.acronym);
        o.log.add(e.acronym, e.pass, 'acronym-defined-here');
      }
    } else if (e.type === 'acronym' && !e.nonOrgAcronym) {
      const full = canonicalByAcronym.get(e.text);
      if (full) addOrg(full, e.text, e.pass, definedHere.has(e.text) ? 'acronym-defined-here' : 'acronym-defined-elsewhere');
      else if (e.orgTagged && !nonOrgAcronyms.has(e.text) && !numberedNonOrg(e.text, nonOrgAcronyms)) addOrg(e.text, e.text, e.pass, 'known-acronym');
    }
  }
  foldOrgansByAcronym(orgs, acronyms);
  foldShortNames(orgs);
  return orgs;
}

/**
 * "ICESCO Executive Council" (or "ICESCO’s") is the "Executive Council of the Islamic World
 * Educational, Scientific and Cultural Organization" the article also names: the organ, its
 * body named by the acronym the body's full name is defined with.
 */
function foldOrgansByAcronym(orgs: Map<string, ArticleOrganization>, acronyms: AcronymTable) {
  for (const short of [...orgs.keys()]) {
    const m = /^(\p{Lu}[\p{Lu}\d]+)(?:['’]s)? (\p{Lu}.*)$/u.exec(short);
    if (!m) continue;
    const [, acronym, organ] = m;
    const long = [...orgs.keys()].find((l) => {
      const of = l.toLowerCase().indexOf(` of the `);
      if (of < 0 || withoutCommas(l.slice(0, of)) !== withoutCommas(organ)) return false;
      const body = l.slice(of + ' of the '.length);
      return acronyms.acronymOfFull.get(body) === acronym || withoutCommas(acronyms.canonicalByAcronym.get(acronym) ?? '') === withoutCommas(body);
    });
    if (!long) continue;
    const from = orgs.get(short)!;
    const into = orgs.get(long)!;
    for (const f of from.forms) into.forms.add(f);
    for (const t of from.texts) into.texts.push(t);
    into.log.absorb(from.log, 'organ-by-acronym');
    orgs.delete(short);
  }
}

/** "COP" when "COP29" names an event: an acronym a non-organization's is, without its number. */
function numberedNonOrg(acronym: string, nonOrgAcronyms: Set<string>): boolean {
  for (const n of nonOrgAcronyms) if (/\d$/.test(n) && n.replace(/\d+$/, '') === acronym) return true;
  return false;
}

/** Words that say nothing of which body a name names. */
const FILLERS = ['of', 'the', 'and', 'for'];

function foldShortNames(orgs: Map<string, ArticleOrganization>) {
  const names = [...orgs.keys()].sort((a, b) => b.length - a.length);
  const wordsOf = new Map(names.map((n) => [n, n.toLowerCase().split(/[\s,]+/).filter((w) => !FILLERS.includes(w))]));
  for (const short of names) {
    const sw = wordsOf.get(short)!;
    if (sw.length < 2) continue;
    // (Not the body an organ is named with: "the Islamic … Organization" of "the Executive
    // Council of the Islamic … Organization" is the body, not the organ.)
    const longer = names.filter((l) => l !== short && l.length > short.length && orgs.has(l) && !ownerOf(l, short));
    let rule: JoinRule = 'shorter-form';
    let long = longer.find((l) => {
      const lw = wordsOf.get(l)!;
      return lw[0] === sw[0] && lw[lw.length - 1] === sw[sw.length - 1] && sw.every((w) => lw.includes(w));
    });
    if (!long) {
      // (Not a school's full name that ends a longer one: "the University of Sharjah" is no short
      // form of "the American University of Sharjah", a body of its own; "the Ministry of
      // Education" is the "Jordanian Ministry of Education" of the same article.)
      const fullName = /^(?:university|institute|college|academy|school) (?:of|for) /i.test(short);
      const containing = longer.filter((l) => containsRun(wordsOf.get(l)!, sw) && !(fullName && l.toLowerCase().endsWith(` ${short.toLowerCase()}`)));
      if (containing.length === 1) [long, rule] = [containing[0], 'run-of-longer-name'];
    }
    if (!long) {
      // "Baku Office" is the "Office in Baku" of "Regional Office in Baku".
      const located = [sw[sw.length - 1], 'in', ...sw.slice(0, -1)];
      const containing = longer.filter((l) => containsRun(wordsOf.get(l)!, located));
      if (containing.length === 1) [long, rule] = [containing[0], 'office-by-city'];
    }
    if (!long) continue;
    const from = orgs.get(short)!;
    const into = orgs.get(long)!;
    for (const f of from.forms) into.forms.add(f);
    for (const t of from.texts) into.texts.push(t); // (not push(...): an article can hold more mentions than a call takes arguments)
    into.log.absorb(from.log, rule);
    orgs.delete(short);
  }
}

/**
 * Is `short` the body the longer name is an organ "of the" ("Executive Council of the <short>")?
 * (Commas aside: the body's canonical name may lack the serial comma its organ's name has.)
 */
const ownerOf = (long: string, short: string) => withoutCommas(long).endsWith(` of the ${withoutCommas(short)}`);
const withoutCommas = (name: string) => name.toLowerCase().replace(/,/g, '');

/** Does `words` hold `run` as consecutive words? */
function containsRun(words: string[], run: string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((w, k) => words[i + k] === w)) return true;
  return false;
}
