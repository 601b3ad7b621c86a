/**
 * Organizations anchored on a head noun ("University", "Ministry of ...", "Foundation"), with
 * their capitalised words on the left and their "of/for ..." complement on the right, and the
 * acronym defined right after them ("Arab Administrative Development Organization (ARADO)").
 */
import { getCities } from '../cities.js';
import { getGazetteer } from '../gazetteer.js';
import {
  CALENDAR_WORDS, CITY_NAMED_HEADS, COMPLEMENT_WORDS, GOVERNING_MEMBERS, GOVERNING_ORGANS, HARD_ROLE_WORDS, TWO_WORD_BODIES, HEAD_FIRST, LOCATED_HEADS, NAME_PARTICLES, NAMING_HONOURS,
  NON_ORG_TAILS, NOT_NAME_WORDS, ORG_HEADS, ROLE_HEADS, ROLE_WORDS, ROYAL_TITLES,
} from '../lexicon/index.js';
import type { Token } from '../tokens.js';
import type { Mention, Pass, PassContext } from './context.js';
import { isHonorific } from './person-names.js';
import { acronymAt, acronymConfirmedEnd, agencyAsSource, complementHasOwnHead, headBefore, initialsOf, MAX_EXTENSION } from './org-names.js';
import { continuesName, hasPersonTag, isCapWord, isWord, lower, PLACE_TAGS } from './token-tests.js';

/** The most words a head-first name takes after its head ("Universitas Islam Negeri Syarif Hidayatullah Jakarta"). */
const MAX_HEAD_FIRST_WORDS = 6;
/** The head "organization" itself, in either spelling. */
const ORGANIZATION_WORDS = new Set(['organization', 'organisation']);
/** The words a head's complement starts with ("Ministry of Culture", "Committee for Culture"). */
const LEADING_COMPLEMENTS = new Set(['of', 'for']);
/** Can a possessive word own a body: a name, or a body's word ("Government’s", "Emirates’")? */
function isOwner(x: Token): boolean {
  const w = lower(x).replace(/['’]s?$/, '');
  return !x.common || ORG_HEADS.has(w) || OWNING_BODIES.has(w.replace(/s$/, ''));
}

/**
 * Heads of a body's governing organs and member bodies, named "of the" body they belong to
 * ("Executive Council of the …", "Union of News Agencies of the …"); a unit of its staff (a
 * sector, a department, an office) is named on its own, as the gold sets name them ("Science and
 * Environment Sector").
 */
const ORGAN_HEADS = new Set(['council', 'conference', 'assembly', 'board', 'secretariat', 'committee', 'union', 'alliance', 'parliament', 'court']);

/** A country's missions abroad, named by the country they represent, not the city they sit in. */
const EMBASSY_HEADS = new Set(['embassy', 'consulate']);

/** Bodies that own others but are no organization's head word ("the Regional Government’s Ministry of ..."). */
const OWNING_BODIES = new Set(['government', 'state', 'kingdom', 'republic', 'emirate', 'sultanate']);

/** Head-first heads of Malay and Indonesian bodies ("Kementerian Agama", "Majelis Ulama Indonesia"). */
const LOCAL_HEADS = new Set(['kementerian', 'kementrian', 'organisasi', 'lembaga', 'majelis', 'majlis', 'dewan', 'yayasan']);

/** Is most of the text in another language than English (paragraphs PassContext.foreign marks)? */
const foreignTexts = new WeakMap<PassContext, boolean>();
function mostlyForeign(ctx: PassContext): boolean {
  let known = foreignTexts.get(ctx);
  if (known === undefined) foreignTexts.set(ctx, (known = ctx.foreign.filter(Boolean).length * 2 > ctx.tokens.length));
  return known;
}

interface Proposal {
  s: number;
  e: number;
  /** An award, forum or programme named after a body: its words are claimed, no organization reported. */
  blocked: boolean;
}

export const organizations: Pass = {
  name: 'organizations',
  reason: 'first: names of organizations contain names of people and places ("King Faisal Foundation", "Kazakh National University")',
  run(ctx) {
    const { tokens } = ctx;
    const out: Mention[] = [];
    // Every head proposes its longest span; the longest proposals win ("Arab League Educational,
    // Cultural and Scientific Organization" over "Arab League").
    const proposals: Proposal[] = [];
    for (let h = 0; h < tokens.length; h++) {
      const p = propose(ctx, h);
      if (p) proposals.push(p);
    }
    proposals.sort((a, b) => b.e - b.s - (a.e - a.s) || a.s - b.s);
    // Token ranges of the organizations reported, to find an organ named with its body.
    const reported: { s: number; e: number; org: Mention; defined: boolean }[] = [];
    for (const { s, e, blocked } of proposals) {
      if (!ctx.isFree(s, e)) continue;
      ctx.claim(s, e);
      if (blocked) continue;
      const org: Mention = { type: 'organization', text: ctx.span(s, e), start: tokens[s].start, end: tokens[e].end };
      const def = acronymAt(tokens, e + 1);
      if (def) {
        org.acronym = def.text;
        ctx.claim(e + 1, e + 3);
      } else if (tokens[e + 1]?.upper && !ctx.used[e + 1] && tokens[e + 1].base === initialsOf(tokens, s, e)) {
        // "the Organization of the Islamic Cooperation OIC": its acronym, the brackets lost.
        org.acronym = tokens[e + 1].base;
        ctx.claim(e + 1, e + 1);
      } else {
        // "ICESCO, the Islamic World Educational, Scientific and Cultural Organization, is …":
        // an acronym the name stands in apposition to, with its first letter.
        const a = s - 3;
        if (a >= 0 && !ctx.used[a] && tokens[a].upper && tokens[a].base.length >= 3 && tokens[s - 2].text === ',' && lower(tokens[s - 1]) === 'the' && tokens[e + 1]?.text === ',' && tokens[a].base[0] === tokens[s].base[0]) {
          org.acronym = tokens[a].base;
          ctx.claim(a, a);
        }
      }
      if (agencyAsSource(tokens, s, e, def ? e + 3 : e)) continue;
      out.push(org);
      reported.push({ s, e, org, defined: !!def });
      // "Regional Office in Baku": the city is a place mention too.
      const last = tokens[e];
      if (e > 1 && lower(tokens[e - 1]) === 'in' && LOCATED_HEADS.has(lower(tokens[e - 2]))) out.push({ type: 'place', text: last.base, start: last.start, end: last.start + last.base.length });
    }
    return withOrgansOfBodies(ctx, out, reported);
  },
};

/**
 * "the Executive Council of the Islamic World Educational, Scientific and Cultural Organization
 * (ICESCO)", "the Union of News Agencies of the Organization of Islamic Cooperation": a body
 * "of the" body right after it is an organ (or an agency) of that body, named with it; the body
 * is an organization of its own too, and the organ's own name a form of the organ. (A
 * complement with its own head ends the organ's own name: see rightEnd.)
 */
function withOrgansOfBodies(ctx: PassContext, out: Mention[], reported: { s: number; e: number; org: Mention; defined: boolean }[]): Mention[] {
  const { tokens } = ctx;
  const startingAt = new Map(reported.map((r) => [r.s, r]));
  const named = new Map<Mention, Mention>();
  for (const organ of reported) {
    const body = startingAt.get(organ.e + 3);
    if (!body || organ.defined || !tokens.slice(organ.s, organ.e + 1).some((t) => t.cap && ORGAN_HEADS.has(lower(t))) || lower(tokens[organ.e + 1]) !== 'of' || lower(tokens[organ.e + 2]) !== 'the' || ![0, 1, 2].every((k) => ctx.joined(organ.e + k, organ.e + k + 1))) continue;
    named.set(organ.org, { type: 'organization', text: ctx.span(organ.s, body.e), start: tokens[organ.s].start, end: tokens[body.e].end });
  }
  // (The organ's own name stays a mention too: the form the article names it by elsewhere.)
  return named.size ? out.flatMap((m) => (named.has(m) ? [named.get(m)!, m] : [m])) : out;
}

/** The longest name the head at token h heads, if it is one. */
function propose(ctx: PassContext, h: number): Proposal | null {
  const { tokens, used } = ctx;
  const g = getGazetteer();
  const head = tokens[h];
  // "United Nations", alone: a name going on after it has a head of its own, or is read with its
  // acronym ("United Nations Development Programme (UNDP)").
  const twoWords = isTwoWordBody(tokens, h) && !continuesName(tokens[h + 1]);
  if (used[h] || !isCapWord(head) || !(ORG_HEADS.has(lower(head)) || twoWords)) return null;
  if (tokens[h - 1] && !used[h - 1] && g.byName.has(`${tokens[h - 1].base} ${head.base}`)) return null; // "Russian Federation" is a country
  // "the Board of Directors of the ACCD" is an organ of a body, not a body of its own.
  if (lower(head) === 'board' && lower(tokens[h + 1] ?? head) === 'of' && GOVERNING_MEMBERS.has(lower(tokens[h + 2] ?? head))) return null;
  // A Malay or Indonesian body in a paragraph of that language set in an English text (a
  // translation beside the English, as the gold sets read it) is not counted; in an Indonesian
  // text, or named in an English sentence ("the Dewan Bahasa dan Pustaka"), it is.
  if (LOCAL_HEADS.has(lower(head)) && ctx.foreign[h] && !mostlyForeign(ctx)) return null;
  // (A head that comes first in its language has its name after it: "Guru Besar | Universitas Islam Negeri …" is a professor's title.)
  let s = HEAD_FIRST.has(lower(head)) ? h : leftEnd(ctx, h);
  let e = rightEnd(ctx, h);
  e = acronymConfirmedEnd(tokens, used, s, e, ctx.joined);
  if (s === h && e === h) return null; // "the Organization", "the Ministry": a generic reference
  // "the ICESCO Chair": a body's chair, named by its field only when it has one ("ICESCO Chair
  // for Manuscript Studies"); alone, a reference to one, as "the Chair" is.
  if (e === h && lower(head) === 'chair' && tokens.slice(s, h).every((x) => x.upper || lower(x) === 'the')) return null;
  // "Senior Public Sector Specialist": a job title, not a body.
  // (Not "... Center Dr. Kais Hammami": an honorific starts the next name.)
  if (continuesName(tokens[e + 1]) && ROLE_WORDS.has(lower(tokens[e + 1])) && !isHonorific(tokens, e + 1)) return null;
  if (s === h && ROLE_WORDS.has(lower(head))) return null; // "Chair of the Senate": a role, not a body
  if (ctx.quoted[h]) return null; // a title in quotes (a theme, a book), not a body's name
  // "Moroccan Universities", "the National Commissions for Education, Culture and Science": a
  // plural head named by common words alone is a description of several bodies, complement or
  // not. ("United Nations" is a body's name, plural as it is; so is "the Archives of Morocco",
  // a plural head with its complement and no word before it.)
  if (lower(head).endsWith('s') && !twoWords && (e === h || s < h) && tokens.slice(s, h).every((x) => x.common || g.notPlaces.has(lower(x)))) return null;
  // An award, forum or programme named after a body blocks its words but is no organization.
  // (An organ named with its body, "the General Conference of the Islamic World Educational, …
  // Organization", is the organ: see withOrgansOfBodies.)
  const ofTheBody = lower(tokens[h + 1] ?? head) === 'of' && lower(tokens[h + 2] ?? head) === 'the' && complementHasOwnHead(tokens, h + 3);
  if (twoWords && !ORG_HEADS.has(lower(head)) && !organOfRole(tokens, s, h) && !ofTheBody && e === h) return null;
  // "the 40th session of the General Conference of UNESCO", "the Third Extraordinary Session of
  // ISESCO General Conference", "the 14th General Conference of …": a numbered session is a
  // meeting, not the organ (its body, named in it, is read by the passes after).
  if (twoWords && GOVERNING_ORGANS.has(`${lower(tokens[h - 1])} ${lower(head)}`) && !organOfRole(tokens, s, h) && numberedSession(tokens, h - 1)) return null;
  // "the Organization of the Islamic Conference (OIC)": a head first, whose "of the" complement
  // ends in an event's word, named with its acronym, is the body ("Conference" is its name's; not
  // "the Ministry of Culture Conference (MCC)", an event named after a body).
  // So is an Organization of a named one, with or without its acronym ("the Organization of the
  // Islamic Conference, an intergovernmental organization"): an event is no organization's (not
  // "the Organization of the Conference", its organising).
  const headOfThe = tokens.slice(s, h).every((x) => lower(x) === 'the') && lower(tokens[h + 1] ?? head) === 'of' && lower(tokens[h + 2] ?? head) === 'the';
  const definedBody = headOfThe && ((tokens[e + 1]?.text === '(' && !!tokens[e + 2]?.upper && tokens[e + 3]?.text === ')') || (ORGANIZATION_WORDS.has(lower(head)) && e - (h + 2) >= 2));
  // ("the Ministry of Education and Vocational Training", "the Centre for Teacher Training": training
  // is the field its complement names, no event; but "the Ministry of Culture Training" is one.)
  const complement = lower(tokens[h + 1] ?? head);
  const fieldListed = lower(tokens[e]) === 'training' && (complement === 'for' || (complement === 'of' && tokens.slice(h + 2, e).some((x) => lower(x) === 'and' || x.text === ',')));
  const blocked = (NON_ORG_TAILS.has(lower(tokens[e])) && !(twoWords && e === h) && !definedBody && !fieldListed) || NON_ORG_TAILS.has(lower(tokens[h + 1] ?? head));
  while (!blocked && s < h && (lower(tokens[s]) === 'the' || !tokens[s].cap)) s++;
  // "the Union of the Comoros", "the Federation of Bosnia": a country's name, not a body's.
  if (g.byName.get(tokens.slice(s, e + 1).map((t) => t.base).join(' '))?.country) return null;
  return { s, e, blocked };
}

/** Ordinal words a session is numbered by ("the Third Extraordinary Session"). */
const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'extraordinary']);
const isOrdinal = (t: Token | undefined) => !!t && (/^\d+(?:st|nd|rd|th)$/i.test(t.text) || ORDINAL_WORDS.has(lower(t)));

/**
 * Is the organ whose name starts at token o named as a numbered session of it: an ordinal right
 * before it (an acronym between: "the 40th UNESCO General Conference"), or "session of (the)"
 * after one ("the 40th session of the General Conference")?
 */
function numberedSession(tokens: readonly Token[], o: number): boolean {
  let k = o - 1;
  if (tokens[k]?.upper) k--; // "40th UNESCO General Conference"
  if (isOrdinal(tokens[k])) return true;
  k = o - 1;
  if (lower(tokens[k] ?? tokens[o]) === 'the') k--;
  if (lower(tokens[k] ?? tokens[o]) !== 'of' || !/^(?:session|sessions|meeting|meetings)$/.test(lower(tokens[k - 1] ?? tokens[o]))) return false;
  return isOrdinal(tokens[k - 2]) || isOrdinal(tokens[k - 3]);
}

/** Is token h the last word of a two-word body's name ("United Nations", "General Conference")? */
const isTwoWordBody = (tokens: readonly Token[], h: number) => h > 0 && isCapWord(tokens[h]) && isCapWord(tokens[h - 1]) && TWO_WORD_BODIES.has(`${lower(tokens[h - 1])} ${lower(tokens[h])}`);

/**
 * Is the two-word body ending at token h, its name starting at s, a body here? An organ only when a
 * role is "of" it ("President of (the) ICESCO General Conference"): elsewhere it may be the session
 * ("participate in the General Conference").
 */
function organOfRole(tokens: readonly Token[], s: number, h: number): boolean {
  if (!GOVERNING_ORGANS.has(`${lower(tokens[h - 1])} ${lower(tokens[h])}`)) return true;
  let k = s - 1;
  if (lower(tokens[k] ?? tokens[h]) === 'the') k--;
  return lower(tokens[k] ?? tokens[h]) === 'of' && isCapWord(tokens[k - 1]) && (ROLE_WORDS.has(lower(tokens[k - 1])) || ROLE_HEADS.has(lower(tokens[k - 1])));
}

/** Left of the head: capitalised words, joined by connectors and by the commas of an "A, B and C" list. */
function leftEnd(ctx: PassContext, h: number): number {
  const { tokens, used, joined } = ctx;
  const g = getGazetteer();
  const fieldWord = (x: Token | undefined) => isCapWord(x) && x!.common && !x!.upper && !PLACE_TAGS.some((tag) => x!.tags.has(tag)) && !g.byName.has(x!.base);
  let s = h;
  // Names are short: extensions stop after MAX_EXTENSION tokens, which also keeps a run of
  // thousands of capitalised words linear.
  for (let j = h - 1; j >= 0 && j >= h - MAX_EXTENSION; j--) {
    const t = tokens[j];
    if (used[j] || !joined(j, j + 1)) break;
    if (t.text === ',') {
      const listAhead = tokens.slice(j + 1, h).some((x) => lower(x) === 'and');
      const prev = tokens[j - 1];
      if (listAhead && isCapWord(prev) && !prev.possessive && !ORG_HEADS.has(lower(prev))) continue;
      break;
    }
    if (t.punct) break;
    // "ICESCO’s Regional Office": the owner is not part of the name — unless the possessive
    // sits inside a longer name ("United Nations Children’s Fund"). Right before a head that
    // leads its complement ("Saudi Arabia’s Ministry of Culture", "the Bank’s Board of
    // Directors") a name or a body is an owner, whatever precedes it; a people's word is part
    // of the name ("Hebron Women’s Cooperative for Glass and Ceramics").
    if (t.possessive && (!(isCapWord(tokens[j - 1]) && !tokens[j - 1].possessive && joined(j - 1, j) && !t.sentenceStart) || (j === h - 1 && LEADING_COMPLEMENTS.has(lower(tokens[h + 1] ?? t)) && isOwner(t)))) break;
    const w = lower(t);
    if (t.cap) {
      if (HARD_ROLE_WORDS.has(w) || CALENDAR_WORDS.has(w) || (t.sentenceStart && NOT_NAME_WORDS.has(w))) break;
      // "King Faisal Foundation", "Sultan Qaboos University": a ruler's title is part of the
      // name of what is named after him (and the name stops there: "His Majesty" is not).
      if ((ROYAL_TITLES.has(w) || NAMING_HONOURS.has(w)) && j + 1 < h && isCapWord(tokens[j + 1]) && !tokens[j + 1].upper) {
        s = j;
        break;
      }
      if (isHonorific(tokens, j) && !(tokens[j + 1] && NAME_PARTICLES.has(lower(tokens[j + 1])) && !tokens[j + 1].cap)) break;
      s = j;
      if (t.sentenceStart) break;
      continue;
    }
    // "Education in Emergencies Department": a field of work named before the head ("in" between
    // two capitalised English words, neither a place).
    // (Not "Experts Gather in Heritage Centre": the field starts the name.)
    if (w === 'in' && j + 1 < h && fieldWord(tokens[j - 1]) && fieldWord(tokens[j + 1]) && !(isCapWord(tokens[j - 2]) && !tokens[j - 2].possessive)) continue;
    if (w === 'and' || w === '&' || NAME_PARTICLES.has(w)) {
      // "Food and Agriculture Organization": the words an "and" joins on the left are English
      // words; "University of Sarajevo and Cairo University", "(2iE) in Ouagadougou and Gaston
      // Berger University" join two bodies, or a place and a body.
      // ("General Conference and Executive Council": two organs.)
      const organBefore = (w === 'and' || w === '&') && GOVERNING_ORGANS.has(`${lower(tokens[j - 2] ?? t)} ${lower(tokens[j - 1] ?? t)}`);
      if (isCapWord(tokens[j - 1]) && !organBefore && !((w === 'and' || w === '&') && (headBefore(tokens, j) || !tokens[j - 1].common))) continue;
      // "Educational, Scientific, and Cultural Organization": a list's serial comma before its
      // "and" (the words it joins are English words, as above; the comma is read next).
      if (w === 'and' && tokens[j - 1]?.text === ',' && joined(j - 1, j) && isCapWord(tokens[j - 2]) && tokens[j - 2].common && !tokens[j - 2].possessive && !headBefore(tokens, j - 1) && !listClosedBefore(tokens, j - 1)) continue;
    }
    break;
  }
  return s;
}

/**
 * Has the list of capitalised words before the comma at token c had its "and" already? Then the
 * ", and" after it joins another name ("for Education, Science and Culture, and Cairo University").
 */
function listClosedBefore(tokens: readonly Token[], c: number): boolean {
  let k = c - 1;
  while (k >= 0 && (isCapWord(tokens[k]) || tokens[k].text === ',')) k--;
  const w = tokens[k] ? lower(tokens[k]) : '';
  return w === 'and' || w === '&';
}

/**
 * Does the capitalised run from token a hold a body's head word, plural ones too ("the Higher
 * Colleges of Technology")? After "and the", such a run names a body of its own.
 */
function headsOwnName(tokens: readonly Token[], a: number): boolean {
  for (let k = a; k < tokens.length && k < a + 6 && isCapWord(tokens[k]); k++) {
    const w = lower(tokens[k]);
    if (ORG_HEADS.has(w) || ORG_HEADS.has(w.replace(/ies$/, 'y').replace(/s$/, ''))) return true;
  }
  return false;
}

/** Does a person's name start at token j, after an English word: a given name, and another name word after it? */
function startsGivenName(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return !t.common && !t.upper && GIVEN_NAME_TAGS.some((x) => t.tags.has(x)) && !PLACE_TAGS.some((x) => t.tags.has(x)) && continuesName(tokens[j + 1]) && !!tokens[j - 1]?.common && !tokens[j - 1].upper;
}

/** compromise's tags of a given name. */
const GIVEN_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];

/** Right of the head: a city ("COMSATS University Islamabad"), a head-first name, or an "of/for ..." complement. */
function rightEnd(ctx: PassContext, h: number): number {
  const { tokens, used, joined } = ctx;
  const g = getGazetteer();
  const head = tokens[h];
  let e = h;
  let inComplement = false;
  // The complement's "A, B and C" list has had its "and": a comma after it starts another name.
  let listClosed = false;
  // "COMSATS University Islamabad": a university named with its city after the head.
  const cityAfter = tokens[h + 1];
  const namedByCity = CITY_NAMED_HEADS.has(lower(head)) && !head.possessive && continuesName(cityAfter) && !used[h + 1] && joined(h, h + 1) && !cityAfter.common && !cityAfter.upper && !cityAfter.possessive && !CALENDAR_WORDS.has(lower(cityAfter)) && !continuesName(tokens[h + 2]) && (g.byName.has(cityAfter.base) || !hasPersonTag(cityAfter));
  if (namedByCity) e = h + 1;
  // "Universiti Brunei Darussalam", "Universitas Indonesia": a head that comes first takes the
  // capitalised words after it.
  const headFirst = HEAD_FIRST.has(lower(head));
  if (headFirst) {
    for (let k = e + 1; k <= h + MAX_HEAD_FIRST_WORDS && !used[k] && tokens[k] && joined(k - 1, k) && !tokens[k - 1].possessive; k++) {
      const w = lower(tokens[k]);
      // "Université de Tunis El Manar": a particle between names.
      if (!tokens[k].cap && NAME_PARTICLES.has(w) && continuesName(tokens[k + 1])) continue;
      // (A ruler's title before a name is the name's: "Universiti Islam Sultan Sharif Ali".)
      const ruler = ROYAL_TITLES.has(w) && isCapWord(tokens[k + 1]) && !tokens[k + 1].upper;
      if (!continuesName(tokens[k]) || ORG_HEADS.has(w) || (ROLE_WORDS.has(w) && !ruler) || CALENDAR_WORDS.has(w)) break;
      e = k;
    }
  }
  for (let j = h + 1; j < tokens.length && j <= h + MAX_EXTENSION && !head.possessive && !namedByCity && !headFirst; j++) {
    const t = tokens[j];
    if (used[j] || t.sentenceStart || !joined(j - 1, j)) break;
    const w = lower(t);
    if (t.text === ',' && listClosed) break;
    if (inComplement && (w === 'and' || w === '&')) {
      // "Albanian Academy of Sciences and the University of Tirana", "University of Sarajevo
      // and ICESCO": two bodies (but "National Commission for UNESCO and ICESCO Affairs" is one).
      const a = lower(tokens[j + 1] ?? t) === 'the' ? j + 2 : j + 1; // "... and the OIC"
      // ("National Commission for UNESCO and ICESCO": two acronyms joined inside the complement.)
      const acronymAlone = tokens[a]?.upper && (tokens[a].possessive || !continuesName(tokens[a + 1])) && !(tokens[j - 1].upper && a === j + 1);
      // ("the Ministry of Culture and the Islamic World Educational, Scientific and Cultural
      // Organization": after "and the", a name with a head of its own, its list's commas and all.)
      if (acronymAlone || complementHasOwnHead(tokens, j + 1, true) || (a === j + 2 && (complementHasOwnHead(tokens, a) || headsOwnName(tokens, a)))) break;
      listClosed = true;
    }
    if (!t.punct && !t.cap) {
      if (COMPLEMENT_WORDS.has(w) && (isCapWord(tokens[j + 1]) || lower(tokens[j + 1] ?? t) === 'the')) {
        // "Sector of the ... Organization": the complement is an organization of its own.
        if (complementHasOwnHead(tokens, j + 1)) break;
        inComplement = true;
        continue;
      }
      // "Regional Office in Baku": offices are named by their city. (An embassy is named by its
      // country, "the Indonesian Embassy" in Algiers, as the real set's gold has it.)
      // (So is one named by its body's acronym first: "the Regional Office of UNESCO in Rabat".)
      if (w === 'in' && LOCATED_HEADS.has(lower(head)) && !EMBASSY_HEADS.has(lower(head)) && (e === h || (e === h + 2 && tokens[e].upper)) && continuesName(tokens[j + 1]) && (!tokens[j + 1].common || getCities().names.has(tokens[j + 1].base)) && !continuesName(tokens[j + 2])) {
        e = j + 1;
        break;
      }
      // "Office of the Director-General and Supervisor of ...": a second role ends the name.
      if (w === 'and' && ROLE_WORDS.has(lower(tokens[j + 1] ?? t))) break;
      // "the Pakistani Ministry of Science and Technology and Pakistani scientists": a people's
      // adjective after "and", before a word in lower case, describes something else.
      if (w === 'and' && isCapWord(tokens[j + 1]) && g.notPlaces.has(lower(tokens[j + 1])) && isWord(tokens[j + 2]) && !tokens[j + 2].cap) break;
      if ((w === 'the' || w === 'and' || w === '&' || NAME_PARTICLES.has(w)) && inComplement && (continuesName(tokens[j + 1]) || lower(tokens[j + 1] ?? t) === 'the')) continue;
      // "… of the Republic of Côte d’Ivoire": a country's name with its French elision goes on.
      if (inComplement && /^d['’]\p{Lu}/u.test(t.text) && g.byName.has(`${tokens[j - 1].base} ${t.base}`)) {
        e = j;
        continue;
      }
      // "Center for Teaching Arabic to Non-Arabic Speakers": "to" + the complement's object (no place:
      // "sent by the Ministry of Education to Kuala Lumpur").
      if (w === 'to' && inComplement && continuesName(tokens[j + 1]) && !tokens[j + 1].upper && !PLACE_TAGS.some((x) => tokens[j + 1].tags.has(x)) && !g.byName.has(tokens[j + 1].base) && !getCities().names.has(tokens[j + 1].base)) continue;
      // "National Agency for the Fight against Illiteracy", "Ministry of Culture, Handicrafts and
      // Relations with the Parliament": "against" or "with" + the complement's object (no place, no body of its own).
      if ((w === 'against' || w === 'with') && inComplement) {
        const o = lower(tokens[j + 1] ?? t) === 'the' ? j + 2 : j + 1;
        if (continuesName(tokens[o]) && !tokens[o].upper && !PLACE_TAGS.some((x) => tokens[o].tags.has(x)) && !g.byName.has(tokens[o].base) && !getCities().names.has(tokens[o].base) && !complementHasOwnHead(tokens, o) && !headsOwnName(tokens, o)) {
          j = o - 1;
          continue;
        }
      }
      // "Center for Quality and Excellence in Education": "in" + a common noun stays in the name.
      if (w === 'in' && inComplement && continuesName(tokens[j + 1]) && tokens[j + 1].common && !PLACE_TAGS.some((x) => tokens[j + 1].tags.has(x)) && !g.byName.has(tokens[j + 1].base)) continue;
      break;
    }
    if (t.text === ',' && inComplement && (continuesName(tokens[j + 1]) || lower(tokens[j + 1] ?? t) === 'and')) {
      // "Ministry of Higher Education, Scientific Research and Innovation": a list inside the name.
      const rest = tokens.slice(j + 1, j + 9);
      const andAt = rest.findIndex((x) => lower(x) === 'and' || x.text === '&');
      // ("the Islamic University of Gaza, Al-Azhar University and ...": a list of bodies, not of words.)
      if (andAt >= 0 && rest.slice(0, andAt).every((x) => x.text === ',' || (isCapWord(x) && !x.possessive && !ORG_HEADS.has(lower(x)))) && continuesName(rest[andAt + 1])) continue;
      break;
    }
    if (t.punct) break;
    if (CALENDAR_WORDS.has(w) || (!inComplement && !ORG_HEADS.has(w) && !NON_ORG_TAILS.has(w))) break;
    // "the Organization of the Islamic Cooperation OIC": the name's acronym after it, its
    // brackets lost, is no word of the name (but "National Commission for UNESCO" is).
    if (inComplement && t.upper && t.base === initialsOf(tokens, leftEnd(ctx, h), j - 1)) break;
    // "... for Education, Culture and Science Ahmad Al-Balheed": a given name after the complement's words starts a person's,
    // as does an honorific ("… Center for Arabic Study Abroad Dr. Khaled Hussein Abuamsha"), but
    // not a ruler's title a body is named after ("… Spiritual Centre of Imam Al Bukhari").
    if (inComplement && (startsGivenName(tokens, j) || (isHonorific(tokens, j) && !ROYAL_TITLES.has(w) && !NAMING_HONOURS.has(w)))) break;
    // So does a name of unknown words after the country the complement ends on ("National Academy
    // of Sciences of Uzbekistan Behzad Yuldashev").
    if (inComplement && g.byName.get(tokens[j - 1].base)?.country && !t.common && !t.upper && continuesName(tokens[j + 1]) && !tokens[j + 1].common && !tokens[j + 1].upper && !ORG_HEADS.has(lower(tokens[j + 1]))) break;
    e = j;
    if (t.possessive && !isCapWord(tokens[j + 1])) break;
  }
  return e;
}
