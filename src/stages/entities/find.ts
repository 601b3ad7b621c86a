/**
 * find: text -> raw entity mentions. Ordered passes over the tokens, each claiming the tokens
 * it uses so later passes cannot reuse them (an organization's words are never a person or a
 * place). The order, and why:
 *   1. organizations, anchored on a head noun ("University", "Ministry of ...") and acronym
 *      definitions, and businesses the text describes ("X, a solar pumping firm"): names of
 *      organizations contain names of people and places;
 *   2. people introduced by an honorific or title ("Dr.", "H.E. Mr.", "President");
 *   3. people in apposition to a role ("Ilias Kadir, Head of ...");
 *   4. people compromise tags as persons;
 *   5. places: the country gazetteer, the city index (cities.ts: a town's name standing alone,
 *      not a word of a person's name), compromise's place tags, "in/to/from X" for unknown
 *      capitalised words, and lists continuing a place;
 *   6. people as runs of capitalised words that are no English word and no place, and
 *      scholars known by a lower-case "al-" name ("on al-Farabi, who ...");
 *   7. bare surnames and given names of people found above ("Dr. AlMalik" -> "AlMalik");
 *   8. bare acronyms, resolved against the corpus's definitions later.
 */
import { getGazetteer, type KnownPlace } from './gazetteer.js';
import { getCities } from './cities.js';
import {
  CALENDAR_WORDS, HARD_ROLE_WORDS, HONORIFICS, NAME_PARTICLES, NON_ORG_TAILS, NOT_NAME_WORDS, ORG_HEADS,
  PATRONYMIC_PARTICLES, REGION_SUFFIXES, ROLE_WORDS,
} from './lexicon.js';
import { isLexiconPlace, tokenizeMany, type Token } from './tokens.js';

export type RawType = 'person' | 'place' | 'organization' | 'acronym';

/** One mention of an entity, before normalisation and merging. */
export interface RawEntity {
  type: RawType;
  /** Surface text, honorifics excluded. */
  text: string;
  start: number;
  end: number;
  /** Organizations: the acronym defined right after the name ("(ARADO)"). */
  acronym?: string;
  /** Acronyms defined after a name that is not an organization (a programme, an event). */
  nonOrgAcronym?: boolean;
  /** People: the role given in apposition ("Director-General of ICESCO"). */
  role?: string;
  /** Bare acronyms: compromise knows it as an organization ("UNESCO", "UN"). */
  orgTagged?: boolean;
  /** Places: the canonical place (filled in by articleMentions, so merging needs no gazetteer). */
  place?: { name: string; country: boolean; countryName: string | null };
  /** People: introduced by an honorific or role (strong evidence). */
  titled?: boolean;
  /** Places: named in the gazetteer or the city index, not only placed by context ("in X"). */
  known?: boolean;
}

const lower = (t: Token) => t.base.toLowerCase();
const isWord = (t: Token | undefined): t is Token => !!t && !t.punct;
const isCapWord = (t: Token | undefined): t is Token => isWord(t) && t.cap;
/** A capitalised word in the same sentence (the next sentence's first word does not continue a name). */
const continuesName = (t: Token | undefined): t is Token => isCapWord(t) && !t.sentenceStart;
/** The most tokens an organization's name reaches on either side of its head noun. */
const MAX_EXTENSION = 16;
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'to', 'from', 'near', 'across', 'throughout', 'towards', 'toward', 'via', 'visited', 'visiting', 'visit', 'visits', 'outside', 'inside', 'around']);
const PLACE_TAGS = ['Place', 'City', 'Country', 'Region', 'Address'];
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
/** Tags that make a capitalised word something other than a company's name (see the company rule). */
const NOT_COMPANY_TAGS = [...PLACE_TAGS, ...PERSON_TAGS, 'Date', 'Month', 'WeekDay', 'Holiday'];

export function findEntities(text: string): RawEntity[] {
  return findEntitiesMany([text])[0];
}

/** findEntities over several texts, tagged by compromise in one call. */
export function findEntitiesMany(texts: string[]): RawEntity[][] {
  return tokenizeMany(texts).map((tokens, i) => findInTokens(texts[i], tokens));
}

function findInTokens(text: string, tokens: Token[]): RawEntity[] {
  const used = new Uint8Array(tokens.length);
  const out: RawEntity[] = [];
  const claim = (s: number, e: number) => used.fill(1, s, e + 1);
  const free = (s: number, e: number) => {
    for (let k = s; k <= e; k++) if (used[k]) return false;
    return true;
  };
  const span = (s: number, e: number) => text.slice(tokens[s].start, tokens[e].end).replace(/['’]s$/, '');
  // An acronym the text defines is one wherever it recurs, even in mixed case: "Osh State
  // University (OshSU)" makes "at OshSU" no place.
  const defined = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const def = acronymAt(tokens, i);
    if (def) defined.add(def.text);
  }
  for (const t of tokens) if (!t.upper && defined.has(t.base)) t.upper = true;

  findOrganizations(tokens, used, out, claim, span, text);
  findTitledPeople(tokens, used, out, claim, span, text);
  findAppositionPeople(tokens, used, out, claim, free, span, text);
  findTaggedPeople(tokens, used, out, claim, free, span);
  findPlaces(tokens, used, out, claim, free, span);
  findUnknownNamePeople(tokens, used, out, claim, free, span);
  findNisbaPeople(tokens, used, out, claim);
  findBareNames(tokens, used, out, claim);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (used[i] || !isWord(t) || !t.upper || t.base.length < 2) continue;
    if (tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')') continue; // a definition of something else
    if (REGNAL_NUMBER.test(t.base) && isCapWord(tokens[i - 1])) continue; // "the Hassan II Mosque"
    out.push({ type: 'acronym', text: t.base, start: t.start, end: t.start + t.base.length, orgTagged: t.tags.has('Organization') });
  }
  return out.sort((a, b) => a.start - b.start);
}

type Claim = (s: number, e: number) => void;
type Free = (s: number, e: number) => boolean;
type Span = (s: number, e: number) => string;

function findOrganizations(tokens: Token[], used: Uint8Array, out: RawEntity[], claim: Claim, span: Span, text: string) {
  const g = getGazetteer();
  // Two words belong to one name only if nothing but spaces stands between them ("Rabat – The ...").
  const joined = (a: number, b: number) => /^\s*$/.test(text.slice(tokens[a].end, tokens[b].start)) || tokens[a].punct || tokens[b].punct;
  const quoted = insideQuotes(tokens);
  const fieldWord = (x: Token | undefined) => isCapWord(x) && x!.common && !x!.upper && !PLACE_TAGS.some((tag) => x!.tags.has(tag)) && !g.byName.has(x!.base);
  // Every head proposes its longest span; the longest proposals win ("Arab League Educational,
  // Cultural and Scientific Organization" over "Arab League").
  const proposals: { s: number; e: number; h: number; blocked: boolean }[] = [];
  for (let h = 0; h < tokens.length; h++) {
    const head = tokens[h];
    if (used[h] || !isCapWord(head) || !ORG_HEADS.has(lower(head))) continue;
    if (tokens[h - 1] && !used[h - 1] && g.byName.has(`${tokens[h - 1].base} ${head.base}`)) continue; // "Russian Federation" is a country
    // "the Board of Directors of the ACCD" is an organ of a body, not a body of its own.
    if (lower(head) === 'board' && lower(tokens[h + 1] ?? head) === 'of' && GOVERNING_MEMBERS.has(lower(tokens[h + 2] ?? head))) continue;
    // Left: capitalised words, joined by connectors and by the commas of an "A, B and C" list.
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
      // sits inside a longer name ("United Nations Children’s Fund").
      if (t.possessive && !(isCapWord(tokens[j - 1]) && !tokens[j - 1].possessive && joined(j - 1, j) && !t.sentenceStart)) break;
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
        if (isCapWord(tokens[j - 1]) && !((w === 'and' || w === '&') && (headBefore(tokens, j) || !tokens[j - 1].common))) continue;
      }
      break;
    }
    // Right: an "of/for ..." complement made of capitalised words.
    let e = h;
    let inComplement = false;
    // The complement's "A, B and C" list has had its "and": a comma after it starts another name.
    let listClosed = false;
    // "COMSATS University Islamabad": a university named with its city after the head.
    const cityAfter = tokens[h + 1];
    const namedByCity = CITY_NAMED_HEADS.has(lower(head)) && !head.possessive && continuesName(cityAfter) && !used[h + 1] && joined(h, h + 1) && !cityAfter.common && !cityAfter.upper && !cityAfter.possessive && !CALENDAR_WORDS.has(lower(cityAfter)) && !continuesName(tokens[h + 2]) && (g.byName.has(cityAfter.base) || !PERSON_TAGS.some((x) => cityAfter.tags.has(x)));
    if (namedByCity) e = h + 1;
    // "Universiti Brunei Darussalam", "Universitas Indonesia": a head that comes first takes the
    // capitalised words after it.
    const headFirst = HEAD_FIRST.has(lower(head));
    if (headFirst) {
      for (let k = e + 1; k <= h + MAX_HEAD_FIRST_WORDS && !used[k] && tokens[k] && joined(k - 1, k) && !tokens[k - 1].possessive; k++) {
        const w = lower(tokens[k]);
        // "Université de Tunis El Manar": a particle between names.
        if (!tokens[k].cap && NAME_PARTICLES.has(w) && continuesName(tokens[k + 1])) continue;
        if (!continuesName(tokens[k]) || ORG_HEADS.has(w) || ROLE_WORDS.has(w) || CALENDAR_WORDS.has(w)) break;
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
        if (acronymAlone || complementHasOwnHead(tokens, j + 1, true)) break;
        listClosed = true;
      }
      if (!t.punct && !t.cap) {
        if ((w === 'of' || w === 'for' || w === 'on') && (isCapWord(tokens[j + 1]) || lower(tokens[j + 1] ?? t) === 'the')) {
          // "Sector of the ... Organization": the complement is an organization of its own.
          if (complementHasOwnHead(tokens, j + 1)) break;
          inComplement = true;
          continue;
        }
        // "Regional Office in Baku": offices and embassies are named by their city.
        if (w === 'in' && LOCATED_HEADS.has(lower(head)) && e === h && continuesName(tokens[j + 1]) && !tokens[j + 1].common && !continuesName(tokens[j + 2])) {
          e = j + 1;
          break;
        }
        // "Office of the Director-General and Supervisor of ...": a second role ends the name.
        if (w === 'and' && ROLE_WORDS.has(lower(tokens[j + 1] ?? t))) break;
        if ((w === 'the' || w === 'and' || w === '&' || NAME_PARTICLES.has(w)) && inComplement && (continuesName(tokens[j + 1]) || lower(tokens[j + 1] ?? t) === 'the')) continue;
        // "Center for Quality and Excellence in Education": "in" + a common noun stays in the name.
        if (w === 'in' && inComplement && continuesName(tokens[j + 1]) && tokens[j + 1].common && !PLACE_TAGS.some((x) => tokens[j + 1].tags.has(x)) && !g.byName.has(tokens[j + 1].base)) continue;
        break;
      }
      if (t.text === ',' && inComplement && (continuesName(tokens[j + 1]) || lower(tokens[j + 1] ?? t) === 'and')) {
        // "Ministry of Higher Education, Scientific Research and Innovation": a list inside the name.
        const rest = tokens.slice(j + 1, j + 9);
        const andAt = rest.findIndex((x) => lower(x) === 'and');
        // ("the Islamic University of Gaza, Al-Azhar University and ...": a list of bodies, not of words.)
        if (andAt >= 0 && rest.slice(0, andAt).every((x) => x.text === ',' || (isCapWord(x) && !x.possessive && !ORG_HEADS.has(lower(x)))) && continuesName(rest[andAt + 1])) continue;
        break;
      }
      if (t.punct) break;
      if (CALENDAR_WORDS.has(w) || (!inComplement && !ORG_HEADS.has(w) && !NON_ORG_TAILS.has(w))) break;
      e = j;
      if (t.possessive && !isCapWord(tokens[j + 1])) break;
    }
    e = acronymConfirmedEnd(tokens, used, s, e, joined);
    if (s === h && e === h) continue; // "the Organization", "the Ministry": a generic reference
    // "Senior Public Sector Specialist": a job title, not a body.
    if (continuesName(tokens[e + 1]) && ROLE_WORDS.has(lower(tokens[e + 1]))) continue;
    if (s === h && ROLE_WORDS.has(lower(head))) continue; // "Chair of the Senate": a role, not a body
    if (quoted[h]) continue; // a title in quotes (a theme, a book), not a body's name
    // "Moroccan Universities": a plural head without an "of" complement is a description.
    if (e === h && lower(head).endsWith('s') && tokens.slice(s, h).every((x) => x.common || g.notPlaces.has(lower(x)))) continue;
    // An award, forum or programme named after a body blocks its words but is no organization.
    const blocked = NON_ORG_TAILS.has(lower(tokens[e])) || NON_ORG_TAILS.has(lower(tokens[h + 1] ?? head));
    while (!blocked && s < h && (lower(tokens[s]) === 'the' || !tokens[s].cap)) s++;
    // "the Union of the Comoros", "the Federation of Bosnia": a country's name, not a body's.
    if (g.byName.get(tokens.slice(s, e + 1).map((t) => t.base).join(' '))?.country) continue;
    proposals.push({ s, e, h, blocked });
  }
  proposals.sort((a, b) => b.e - b.s - (a.e - a.s) || a.s - b.s);
  for (const { s, e, blocked } of proposals) {
    let free = true;
    for (let k = s; k <= e && free; k++) if (used[k]) free = false;
    if (!free) continue;
    claim(s, e);
    if (blocked) continue;
    const org: RawEntity = { type: 'organization', text: span(s, e), start: tokens[s].start, end: tokens[e].end };
    const def = acronymAt(tokens, e + 1);
    if (def) {
      org.acronym = def.text;
      claim(e + 1, e + 3);
    }
    out.push(org);
    // "Regional Office in Baku": the city is a place mention too.
    const last = tokens[e];
    if (e > 1 && lower(tokens[e - 1]) === 'in' && LOCATED_HEADS.has(lower(tokens[e - 2]))) out.push({ type: 'place', text: last.base, start: last.start, end: last.start + last.base.length });
  }
  // "ZeroE company", "Siemens corporation": a name the sentence calls a company in lower case.
  // Only words nothing else knows: not an English word, a place, a nationality, a person, a
  // date, a determiner or a compound adjective ("a Saudi company", "a Dubai firm", "on Monday
  // company officials", "a Casablanca-based firm" name no company).
  const known = (t: Token) =>
    t.common || t.upper || /-\p{Ll}+$/u.test(t.base) || NOT_NAME_WORDS.has(lower(t)) || CALENDAR_WORDS.has(lower(t)) || g.byName.has(t.base) || g.notPlaces.has(lower(t)) ||
    NOT_COMPANY_TAGS.some((x) => t.tags.has(x));
  for (let h = 1; h < tokens.length; h++) {
    if (used[h] || tokens[h].cap || !COMPANY_NOUNS.has(lower(tokens[h]))) continue;
    let s = h;
    while (s > 0 && h - s < 4 && !used[s - 1] && isCapWord(tokens[s - 1]) && !tokens[s - 1].possessive && joined(s - 1, s) && !NOT_NAME_WORDS.has(lower(tokens[s - 1]))) s--;
    if (s === h || tokens.slice(s, h).some(known)) continue;
    claim(s, h - 1);
    out.push({ type: 'organization', text: span(s, h - 1), start: tokens[s].start, end: tokens[h - 1].end });
  }
  findDescribedCompanies(tokens, used, out, claim, span);
  // Acronyms defined after a name no rule above took: a United Nations body is an organization
  // whatever its last word ("United Nations Development Programme (UNDP)"); any other name is
  // remembered as none (a programme, an event).
  for (let i = 0; i < tokens.length; i++) {
    const def = used[i] ? null : acronymAt(tokens, i);
    if (!def || used[i + 1]) continue;
    const s = unitedNationsNameBefore(tokens, used, i, joined);
    if (s >= 0) {
      out.push({ type: 'organization', text: span(s, i - 1), start: tokens[s].start, end: tokens[i - 1].end, acronym: def.text });
      claim(s, i + 2);
    } else {
      out.push({ type: 'acronym', text: def.text, start: tokens[i + 1].start, end: tokens[i + 1].end, nonOrgAcronym: true });
      claim(i, i + 2);
    }
  }
}

/** Nouns that describe a business in apposition or before its name. */
const BUSINESS_NOUNS = new Set(['company', 'corporation', 'firm', 'start-up', 'startup', 'enterprise', 'operator']);
/** The most tokens of a described business's name ("Kansai Heritage Imaging Co., Ltd" is 6). */
const MAX_DESCRIBED_NAME = 6;
/** A company's legal form ("Ltd.", "Co.", "Inc."). */
const LEGAL_FORMS = /^(?:Ltd|Co|Inc|LLC|PLC|Plc|SA|SARL|GmbH|Corp|Bhd|Tbk)$/;
/** Words that end an apposition's description before its head noun. */
const DESCRIPTION_BREAKS = new Set(['at', 'of', 'for', 'in', 'with', 'by', 'from', 'and', 'or', 'who', 'which', 'that', 'to', 'on']);
/** Words that may follow a business noun that ends its description ("a firm, which", "a startup specializing in"). */
const AFTER_DESCRIPTION = new Set(['that', 'which', 'specializing', 'specialising', 'specialized', 'specialised', 'based', 'founded', 'providing', 'working', 'dedicated', 'with', 'in', 'from', 'of', 'whose']);

/**
 * Businesses the text describes: "HydroSahel, a solar pumping firm," / "Mashreq3D, a Jordanian
 * startup specializing in ..." (a name, then an apposition ending on a business noun), and "the
 * telecommunications company MTN Uganda" / "the national telecom operator Kyrgyztelecom" (the
 * noun, then the name). The description is the evidence, so the name's words may be English ones
 * ("Tadamoune Crafts"); only a business noun that ends its phrase counts ("a firm believer", "an
 * engineer at a local firm" describe no business).
 */
function findDescribedCompanies(tokens: Token[], used: Uint8Array, out: RawEntity[], claim: Claim, span: Span) {
  const g = getGazetteer();
  const describedAt = (n: number) => {
    const t = tokens[n];
    if (!t || t.cap || !BUSINESS_NOUNS.has(lower(t))) return false;
    const next = tokens[n + 1];
    return !next || next.punct || next.sentenceStart || AFTER_DESCRIPTION.has(lower(next));
  };
  // After the noun, a place or a person alone is no business's name ("the firm Morocco trusts");
  // inside a longer name a place is part of it ("MTN Uganda").
  const plainName = (s: number, e: number) =>
    s < e ? !g.byName.has(tokens.slice(s, e + 1).map((x) => x.base).join(' ')) : !(isKnownPlace(tokens, s, s) || PERSON_TAGS.some((x) => tokens[s].tags.has(x)) || tokens[s].common);
  for (let i = 0; i < tokens.length; i++) {
    // "X, a/an ... firm": X ends before the comma.
    if (tokens[i].text === ',' && ['a', 'an'].includes(lower(tokens[i + 1] ?? tokens[i])) && isCapWord(tokens[i - 1]) && !used[i - 1]) {
      let n = i + 2;
      // Only the business's own qualifiers: "an engineer at a local firm" describes a person.
      while (n < i + 8 && tokens[n] && !tokens[n].punct && !DESCRIPTION_BREAKS.has(lower(tokens[n])) && !describedAt(n)) n++;
      if (!describedAt(n)) continue;
      let s = i - 1;
      for (;;) {
        if (s > 0 && i - s < MAX_DESCRIBED_NAME && !used[s - 1] && isCapWord(tokens[s - 1]) && !tokens[s - 1].possessive && !tokens[s].sentenceStart) s--;
        // "Kansai Heritage Imaging Co., Ltd., a company ...": the legal form after a comma is the name's.
        else if (LEGAL_FORMS.test(tokens[s].base) && tokens[s - 1]?.text === ',' && isCapWord(tokens[s - 2]) && !used[s - 2]) s -= 2;
        else break;
      }
      out.push({ type: 'organization', text: span(s, i - 1), start: tokens[s].start, end: tokens[i - 1].end });
      claim(s, i - 1);
      continue;
    }
    // "the ... company X": the name right after the noun, within a phrase opened by "the".
    const t = tokens[i];
    if (used[i] || t.cap || !BUSINESS_NOUNS.has(lower(t)) || !continuesName(tokens[i + 1]) || used[i + 1]) continue;
    let the = i - 1;
    while (the >= 0 && the > i - 5 && !tokens[the].punct && lower(tokens[the]) !== 'the') the--;
    if (the < 0 || lower(tokens[the]) !== 'the') continue;
    let e = i + 1;
    while (e < i + 4 && continuesName(tokens[e + 1]) && !used[e + 1] && !tokens[e].possessive) e++;
    if (tokens[i + 1].upper && e === i + 1) continue; // an acronym alone is read as one
    if (!plainName(i + 1, e)) continue;
    out.push({ type: 'organization', text: span(i + 1, e), start: tokens[i + 1].start, end: tokens[e].end });
    claim(i + 1, e);
  }
}

/** Where "United Nations ..." starts, if the capitalised name ending before token i is one; else -1. */
function unitedNationsNameBefore(tokens: Token[], used: Uint8Array, i: number, joined: (a: number, b: number) => boolean): number {
  if (i < 1 || !isCapWord(tokens[i - 1])) return -1;
  let s = i - 1;
  while (s > 0 && i - s < MAX_EXTENSION && !used[s - 1] && joined(s - 1, s) && (isCapWord(tokens[s - 1]) || ['of', 'for', 'and', 'on', 'the'].includes(lower(tokens[s - 1])))) s--;
  while (s < i - 1 && (!isCapWord(tokens[s]) || lower(tokens[s]) === 'the')) s++;
  return tokens[s].base === 'United' && tokens[s + 1]?.base === 'Nations' && s + 1 < i - 1 ? s : -1;
}

/** Marks the tokens between an opening and a closing quote (at most 40 tokens apart). */
function insideQuotes(tokens: Token[]): boolean[] {
  const inside = tokens.map(() => false);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text !== '“' && tokens[i].text !== '"') continue;
    const close = tokens.findIndex((t, k) => k > i && k <= i + 40 && (t.text === '”' || t.text === '"'));
    if (close < 0) continue;
    inside.fill(true, i + 1, close);
    i = close;
  }
  return inside;
}

/** Heads that come first in their language: the name follows them. */
const HEAD_FIRST = new Set(['universiti', 'universitas', 'université']);
/** The most words such a name takes after its head ("Universitas Islam Negeri Syarif Hidayatullah Jakarta"). */
const MAX_HEAD_FIRST_WORDS = 6;

/** Who sits on a board that is an organ of a body ("Board of Trustees"). */
const GOVERNING_MEMBERS = new Set(['directors', 'trustees', 'governors', 'management', 'regents', 'advisors', 'advisers']);

/** Lower-case nouns that make the name before them a company's. */
const COMPANY_NOUNS = new Set(['company', 'corporation', 'firm']);
/** Heads whose name may be followed by their city alone ("Sunan Kalijaga State Islamic University Yogyakarta"). */
const CITY_NAMED_HEADS = new Set(['university', 'institute', 'college', 'polytechnic']);

/** Heads whose name may end with the city they sit in. */
const LOCATED_HEADS = new Set(['office', 'bureau', 'branch', 'embassy', 'consulate', 'delegation', 'mission', 'representation']);

/** Does the name ending before token j ("University of Sarajevo | and") have a head of its own? */
function headBefore(tokens: Token[], j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - MAX_EXTENSION; k--) {
    const t = tokens[k];
    if (t.possessive) return false; // "the Organization’s Media and Communication Sector": an owner
    if (isCapWord(t) && ORG_HEADS.has(lower(t))) return true;
    if (!isCapWord(t) && !['of', 'for', 'the', 'on'].includes(lower(t))) return false;
  }
  return false;
}

/**
 * Does the capitalised phrase starting at token i contain a singular organization head?
 * `listClosed`: the phrase follows the "and" of a list, so a comma ends it.
 */
function complementHasOwnHead(tokens: Token[], i: number, listClosed = false): boolean {
  // Between a comma and the next "and": a head there ends an item of a list of bodies ("of Gaza,
  // Al-Azhar University and ..."), where in "Educational, Scientific and Cultural Organization"
  // the head comes after the "and".
  let afterComma = false;
  for (let k = i; k < tokens.length && k < i + 15; k++) {
    const t = tokens[k];
    const w = lower(t);
    // "for Education, Science and Culture, Naif Arab University": once its "and" has come, a
    // comma ends the list, and what follows is the next name of a list of bodies.
    if (t.text === ',' && listClosed) return false;
    if (t.text === ',') afterComma = true;
    if (w === 'and' || w === '&') {
      afterComma = false;
      // "Sarajevo and Cairo University": the head after "and" names a body of its own.
      if (headBefore(tokens, k)) return false;
      listClosed = true;
    }
    // "Sciences and the University of Tirana": "and the" starts another name.
    if (w === 'the' && k > i && (lower(tokens[k - 1]) === 'and' || tokens[k - 1].text === '&')) return false;
    if (t.punct && t.text !== ',') return false;
    if (!t.punct && !t.cap && !['the', 'and', 'for', '&'].includes(w) && !(NAME_PARTICLES.has(w) && isCapWord(tokens[k + 1]))) return false;
    // "of the Union of the Comoros": a country's official name, not a body's.
    const country = t.cap && ORG_HEADS.has(w) ? countryNameLength(tokens, k) : 0;
    if (country) {
      k += country - 1;
      continue;
    }
    // The head ends its name: "Network" in "Computer and Network Emergency Preparedness" is not one.
    if (t.cap && ORG_HEADS.has(w) && !w.endsWith('s') && !continuesName(tokens[k + 1])) return !afterComma;
  }
  return false;
}

/** The number of tokens of a country's name ("Union of the Comoros") starting at token i, or 0. */
function countryNameLength(tokens: Token[], i: number): number {
  const g = getGazetteer();
  for (let n = Math.min(6, tokens.length - i); n >= 2; n--) if (g.byName.get(tokens.slice(i, i + n).map((t) => t.base).join(' '))?.country) return n;
  return 0;
}

/** "(ACRONYM)" starting at token i. */
function acronymAt(tokens: Token[], i: number): { text: string } | null {
  const open = tokens[i];
  const word = tokens[i + 1];
  const close = tokens[i + 2];
  if (open?.text !== '(' || close?.text !== ')' || !isWord(word)) return null;
  if (!/^[\p{Lu}][\p{L}\d&-]*$/u.test(word.base) || (word.base.match(/\p{Lu}/gu) ?? []).length < 2) return null;
  return { text: word.base };
}

/** Small words a name may run through before its last words ("... Cooperation in Europe"). */
const ACRONYM_CONNECTORS = new Set(['in', 'of', 'for', 'on', 'and', 'the']);

/**
 * Where a name ends when an acronym defined a few words after it spells the initials of its
 * capitalised words with those words added (or begins and ends as they do): "Organization for
 * Security and Cooperation in Europe (OSCE)" runs through "in Europe", which alone would end it
 * (a place after "in"); so does a name its acronym abbreviates only the first words of.
 * Otherwise `e`, unchanged.
 */
function acronymConfirmedEnd(tokens: Token[], used: Uint8Array, s: number, e: number, joined: (a: number, b: number) => boolean): number {
  for (let j = e + 1; j <= e + 4 && j < tokens.length; j++) {
    const t = tokens[j];
    if (used[j] || t.punct || t.sentenceStart || !joined(j - 1, j) || !(t.cap || ACRONYM_CONNECTORS.has(lower(t)))) return e;
    const def = t.cap ? acronymAt(tokens, j + 1) : null;
    if (!def) continue;
    const initials = tokens.slice(s, j + 1).filter((x) => isCapWord(x)).map((x) => x.base[0].toUpperCase()).join('');
    const acronym = def.text.toUpperCase();
    if (initials === acronym) return j;
    // An acronym of the name's first words only ("United Nations Relief and Works Agency for
    // Palestine Refugees in the Near East (UNRWA)"): the name, already longer than its acronym,
    // runs to it. (One it spells whole, "World Health Organization in Geneva (WHO)", ends there.)
    const nameInitials = tokens.slice(s, e + 1).filter((x) => isCapWord(x)).map((x) => x.base[0].toUpperCase()).join('');
    // (Not an office named by its place: "Programme Office in Morocco (UNDP)" is the parent's acronym.)
    const locatedOffice = LOCATED_HEADS.has(lower(tokens[e])) && lower(tokens[e + 1]) === 'in';
    if (acronym.length >= 3 && nameInitials.length > acronym.length && nameInitials.startsWith(acronym) && !locatedOffice) return j;
    // A syllabic acronym ("Commission on Science and Technology for Sustainable Development in
    // the South (COMSATS)") does not spell the initials, but still begins with the name's and
    // ends with the added words' own.
    return acronym.length >= 4 && acronym[0] === initials[0] && acronym[acronym.length - 1] === initials[initials.length - 1] ? j : e;
  }
  return e;
}

/** Length of the honorific starting at token i (0 if none). */
/** The honorifics by their first word, longest first (looked up for every token). */
const HONORIFICS_BY_FIRST = new Map<string, string[][]>();
for (const h of HONORIFICS) HONORIFICS_BY_FIRST.set(h[0], [...(HONORIFICS_BY_FIRST.get(h[0]) ?? []), h]);

function honorificLength(tokens: Token[], i: number): number {
  for (const h of HONORIFICS_BY_FIRST.get(tokens[i]?.text ?? '') ?? []) {
    let ok = true;
    for (let k = 0; k < h.length && ok; k++) ok = tokens[i + k]?.text === h[k];
    if (ok) return h.length;
  }
  return 0;
}
function isHonorific(tokens: Token[], i: number): boolean {
  return honorificLength(tokens, i) > 0;
}

/** A regnal number after a name ("Mohammed VI", "Hassan II"): up to XXXIX. */
const REGNAL_NUMBER = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;

/** Is token i usable inside a person's name (given the name collected so far)? */
function nameToken(tokens: Token[], i: number, first: boolean): boolean {
  const t = tokens[i];
  if (!isWord(t)) return false;
  const w = lower(t);
  if (!t.cap) return NAME_PARTICLES.has(w) && isCapWord(tokens[i + 1]);
  if (t.upper && t.base.length > 1 && (first || !REGNAL_NUMBER.test(t.base))) return false; // an acronym, but "Mohammed VI"
  if (ROLE_WORDS.has(w) || ORG_HEADS.has(w) || CALENDAR_WORDS.has(w) || NOT_NAME_WORDS.has(w)) return false;
  if (NAME_PARTICLES.has(w) && continuesName(tokens[i + 1])) return true; // "Ould Bah", "Abu Bakr"
  if (!first && t.common && !PERSON_TAGS.some((g) => t.tags.has(g)) && !/^[A-Z]\.?$/.test(t.text) && !/^(?:[IVX]+)$/.test(t.base) && !TITLE_AFTER_NAME.has(w)) return false;
  return true;
}

/**
 * "Ould Bah", "bin Radi": the word after a name particle is a name even if it is also an English
 * word; after "bin"/"bint", even a title's word ("bint Sultan": her father is Sultan).
 */
function afterParticle(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  if (!isCapWord(t) || t.sentenceStart || !prev || prev.punct || !NAME_PARTICLES.has(lower(prev)) || ORG_HEADS.has(lower(t))) return false;
  return !ROLE_WORDS.has(lower(t)) || (PATRONYMIC_PARTICLES.has(lower(prev)) && GIVEN_NAME_TITLES.has(lower(t)));
}

/** "Ahmed Said Ould Bah": an English word inside a name, followed by more of the name. */
function betweenNames(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!continuesName(t) || !continuesName(next) || ROLE_WORDS.has(lower(t)) || ORG_HEADS.has(lower(t)) || CALENDAR_WORDS.has(lower(t))) return false;
  return (!next.common && !ORG_HEADS.has(lower(next)) && !ROLE_WORDS.has(lower(next))) || NAME_PARTICLES.has(lower(next));
}

/** The longest personal name read ("Mohammed bin Abdulrahman bin Jassim Al Thani" is 7). */
const MAX_NAME_TOKENS = 10;

/** Collects a name from token i on; returns the last index (or -1). */
function collectName(tokens: Token[], used: Uint8Array, i: number): number {
  let k = i;
  let last = -1;
  // ("Mr. Emir Hadžić": after a private person's honorific a ruler's title is a given name.)
  const givenTitle = (k: number) => k === i && GIVEN_NAME_TITLES.has(lower(tokens[k])) && PERSONAL_HONORIFICS.has(lower(tokens[k - 1] ?? tokens[k])) && continuesName(tokens[k + 1]);
  while (k < tokens.length && k < i + MAX_NAME_TOKENS && !used[k] && (nameToken(tokens, k, k === i) || givenTitle(k) || afterParticle(tokens, k) || (k > i && betweenNames(tokens, k)))) {
    if (tokens[k].cap) last = k;
    if (tokens[k].possessive) break;
    k++;
  }
  return last;
}

/** Titles of rulers, after whom institutions are named ("King Faisal Foundation"). */
const ROYAL_TITLES = new Set(['king', 'queen', 'prince', 'princess', 'emir', 'amir', 'sultan', 'sheikh', 'shaikh', 'sheikha', 'shaikha', 'imam']);

/** Malaysian honours that bodies are named with, as with a ruler's title ("Tun Razak Foundation"). */
const NAMING_HONOURS = new Set(['tun', 'datuk', 'dato', 'pehin']);

/** Titles that are also given names ("Dr. Amir Hamzah bin Osman"). */
const GIVEN_NAME_TITLES = new Set(['amir', 'emir', 'sultan']);

/** Honorifics of a private person: unlike a king's or a sultan's, no institution is named after them. */
const PERSONAL_HONORIFICS = new Set(['mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'dr.', 'dr', 'prof.', 'prof', 'professor', 'eng.', 'engr.', 'h.e.']);

const HONORIFIC_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'h.e', 'he', 'eng', 'engr', 'sheikh', 'imam', 'pope', 'king', 'queen', 'prince', 'princess', 'sultan', 'emir']);

/** The role in apposition after a name: ", Director-General of the ... (ICESCO)," */
function roleAfter(text: string, end: number): string | undefined {
  const rest = text.slice(end, end + 400);
  const m = rest.match(/^\s*,\s*((?:the\s+)?[A-Za-z][^;]*?)(?=\s*(?:,\s*(?:[a-z(“"]|Mr\b|Ms\b|Mrs\b|Dr\b|H\.E|and\b|along\b|as\b)|;|\.\s|\.$|$|,\s*$))/);
  if (!m) return undefined;
  const role = m[1].trim();
  const firstWord = role.replace(/^the\s+/i, '').split(/[\s,]/)[0].toLowerCase().replace(/\.$/, '');
  // ", Dr. Adel Smaida, ...": the next person's honorific is not this one's role.
  if (HONORIFIC_ABBREVIATIONS.has(firstWord) || /^(?:his|her)\s+(?:excellency|majesty|highness|eminence)/i.test(role)) return undefined;
  // A role word among the first three ("State Counselor", "Project Coordinator", "Acting Secretary-General").
  const lead = role.replace(/^the\s+/i, '').split(/[\s,]+/).slice(0, 3).map((w) => w.toLowerCase().replace(/[’'].*$/, ''));
  if (!lead.some((w) => HARD_ROLE_WORDS.has(w) || ROLE_WORDS.has(w.replace(/-.*$/, '')) || ROLE_WORDS.has(w)) || lead.some((w) => HONORIFIC_ABBREVIATIONS.has(w))) return undefined;
  if (!/^(?:the\s+)?[\p{Lu}]/u.test(role) && !ROLE_WORDS.has(firstWord)) return undefined;
  return role.length <= 200 ? role : undefined;
}

function findTitledPeople(tokens: Token[], used: Uint8Array, out: RawEntity[], claim: Claim, span: Span, text: string) {
  const g = getGazetteer();
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const len = honorificLength(tokens, i);
    if (!len) continue;
    let k = i + len;
    // Chains: "H.E. Mr.", "His Excellency President".
    // ("Dr. Amir Hamzah", "Mr. Sultan bin Saeed": after a private person's honorific these are names.)
    for (let more = honorificLength(tokens, k); more && !(PERSONAL_HONORIFICS.has(lower(tokens[k - 1])) && GIVEN_NAME_TITLES.has(lower(tokens[k]))); more = honorificLength(tokens, k)) k += more;
    // "Sultan bin Abdulaziz": a title-like word followed by a patronymic is part of the name.
    const first = !tokens[k]?.cap && NAME_PARTICLES.has(lower(tokens[k] ?? tokens[i])) ? k - 1 : k;
    let last = collectName(tokens, used, k);
    if (last < 0) continue;
    // After a personal honorific, a last name that is also an English word ends the name when
    // the phrase ends there: "Ms. Aïssatou Diallo Sow, Secretary-General ...".
    const after = tokens[last + 1];
    const closes = (t: Token | undefined) => !t || (t.punct && t.text !== '(') || t.sentenceStart;
    if (PERSONAL_HONORIFICS.has(lower(tokens[i])) && continuesName(after) && after.common && !after.upper && !after.possessive && closes(tokens[last + 2]) && !g.notPlaces.has(lower(after)) && !ORG_HEADS.has(lower(after)) && !NON_ORG_TAILS.has(lower(after)) && !ROLE_WORDS.has(lower(after)) && !CALENDAR_WORDS.has(lower(after)) && !isKnownPlace(tokens, last + 1, last + 1)) last++;
    // A name followed by another capitalised word names something after the person
    // ("King Abdulaziz Center", "Sultan bin Abdulaziz Al Saud International ..."); an acronym
    // does not ("Dr. Fatima Hassan UNESCO representative").
    const next = tokens[last + 1];
    if (continuesName(next) && !next.upper) {
      claim(i, last);
      i = last;
      continue;
    }
    const person: RawEntity = { type: 'person', text: span(first, last), start: tokens[first].start, end: tokens[last].end, titled: true };
    const role = roleAfter(text, tokens[last].end);
    if (role) person.role = role;
    out.push(person);
    claim(i, last);
    i = last;
  }
}

/** Runs of capitalised name tokens not yet claimed: [start, end] pairs. */
function nameRuns(tokens: Token[], used: Uint8Array, minLen: number, maxLen: number): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (used[i] || !isCapWord(tokens[i]) || !nameToken(tokens, i, true)) {
      i++;
      continue;
    }
    let e = i;
    let k = i + 1;
    while (k < tokens.length && k < i + MAX_NAME_TOKENS && !used[k] && (nameToken(tokens, k, false) || afterParticle(tokens, k))) {
      if (tokens[k].cap) e = k;
      if (tokens[k].possessive) break;
      k++;
    }
    const count = tokens.slice(i, e + 1).filter((t) => t.cap).length;
    if (count >= minLen && count <= maxLen) runs.push([i, e]);
    i = Math.max(e, k) + 1;
  }
  return runs;
}

function findAppositionPeople(tokens: Token[], used: Uint8Array, out: RawEntity[], claim: Claim, free: Free, span: Span, text: string) {
  for (const [s, e] of nameRuns(tokens, used, 2, 5)) {
    if (!free(s, e)) continue;
    const before = tokens[s - 1];
    const before2 = tokens[s - 2];
    const roleBefore = (before && !before.cap && ROLE_WORDS.has(lower(before))) || (before?.text === ',' && before2 && !before2.cap && ROLE_WORDS.has(lower(before2)));
    const role = roleAfter(text, tokens[e].end);
    if (!role && !roleBefore) continue;
    if (isKnownPlace(tokens, s, e)) continue;
    out.push({ type: 'person', text: span(s, e), start: tokens[s].start, end: tokens[e].end, ...(role ? { role } : {}), titled: true });
    claim(s, e);
  }
}

function findTaggedPeople(tokens: Token[], used: Uint8Array, out: RawEntity[], claim: Claim, free: Free, span: Span) {
  const quoted = insideQuotes(tokens);
  for (const [s, e] of nameRuns(tokens, used, 2, 4)) {
    if (!free(s, e)) continue;
    const ts = tokens.slice(s, e + 1).filter((t) => t.cap);
    if (!ts.some((t) => PERSON_TAGS.some((g) => t.tags.has(g)))) continue;
    if (ts.some((t) => PLACE_TAGS.some((g) => t.tags.has(g)) && !PERSON_TAGS.some((g) => t.tags.has(g)))) continue;
    if (ts.every((t) => t.common) || isKnownPlace(tokens, s, e)) continue;
    // After "of" see findUnknownNamePeople; after "in" ("in Deir al-Balah") a name is a place's.
    if (lower(tokens[s - 1] ?? tokens[s]) === 'in' || !personAfterOf(tokens, s, e) || quoted[s]) continue;
    if (continuesName(tokens[e + 1])) continue;
    out.push({ type: 'person', text: span(s, e), start: tokens[s].start, end: tokens[e].end });
    claim(s, e);
  }
}

/** Titles written after a name, that end it ("Ulugh Beg", "Idris Shah", "Mehmed Pasha"). */
const TITLE_AFTER_NAME = new Set(['beg', 'bey', 'pasha', 'shah', 'khan']);

/** Capitalised particles that open an Arabic name by a father or a son ("Ibn Battuta", "Abu Bakr"). */
const NASAB_KUNYA = new Set(['ibn', 'abu']);

/**
 * May the name run s..e be a person although "of" comes before it? After "of" a name is mostly an
 * institution's or a place's ("the Sheikh of Al-Azhar Al-Sharif", "the Mayor of Abu Ghosh"). It
 * is a person's after a common noun when a relative "who" follows ("the travel account of Ibn
 * Battuta, who served as a judge"; after a role, "the Director of Dar Al-Hadith, who", the "who"
 * is the director), or when an "Ibn"/"Abu" name goes on with a particle ("the verse of Abu
 * al-Tayyib al-Mutanabbi"; not "the temples of Abu Simbel", "the Mosque of Ibn Tulun").
 */
function personAfterOf(tokens: Token[], s: number, e: number): boolean {
  if (lower(tokens[s - 1] ?? tokens[s]) !== 'of') return true;
  const noun = tokens[s - 2];
  const next = tokens[e + 1]?.text === ',' ? tokens[e + 2] : tokens[e + 1];
  const relative = next !== undefined && lower(next) === 'who' && isWord(noun) && !noun.cap && !ROLE_WORDS.has(lower(noun)) && !PLACE_OF.test(noun.text);
  const longNasab = NASAB_KUNYA.has(lower(tokens[s])) && tokens.slice(s + 1, e + 1).some((t) => /^(?:al|el|ibn|bin)\b/i.test(t.base));
  // "the tables of Ulugh Beg": a name closed by a title after it is a person's.
  const titled = e > s && TITLE_AFTER_NAME.has(lower(tokens[e]));
  return relative || longNasab || titled;
}

/** Does a word, or a run of words, of tokens s..e name a known place ("Bandar Seri Begawan")? */
function isKnownPlace(tokens: Token[], s: number, e: number): boolean {
  const g = getGazetteer();
  const cities = getCities();
  for (let i = s; i <= e; i++) {
    let phrase = '';
    for (let j = i; j <= e && j < i + Math.max(g.maxTokens, cities.maxTokens); j++) {
      phrase = j === i ? tokens[j].base : `${phrase} ${tokens[j].base}`;
      // A city of one word may be a person's name too ("Hassan"); of two or more, it is the city
      // when the run starts with it ("Ed Damer"; in "Khalid Al Ahmadi" it is part of the name).
      if (g.byName.has(phrase) || (j > i && i === s && cities.names.has(phrase))) return true;
    }
  }
  return false;
}

/** "Kuala Lumpur-based", "Malay-language": a place made into an adjective is no mention of it. */
const ATTRIBUTIVE_COMPOUND = /-(?:based|language|speaking|led|born|funded|run|owned|made|backed|sponsored|style)$/i;

let countryAdjectives: Set<string> | null = null;

/**
 * "Djiboutian", "Chadian", "Sudanese", "Somali": a country's adjective that the data package does
 * not list among its demonyms (it gives "Djibouti" for Djibouti). Made from the country's
 * one-word name, whole or without its last vowel, and an adjective ending (so not "Turkestan",
 * "Malindi").
 */
function isCountryAdjective(word: string): boolean {
  if (!countryAdjectives) {
    countryAdjectives = new Set();
    for (const [name, place] of getGazetteer().byName) {
      if (!place.country || !/^\p{Lu}\p{Ll}+$/u.test(name)) continue;
      for (const stem of [name, name.replace(/[aeiouy]$/, '')]) for (const ending of ['n', 'an', 'ian', 'ese', 'i', 'ien', 'ois']) countryAdjectives.add(stem + ending);
    }
  }
  return countryAdjectives.has(word);
}

/**
 * Is the city name of tokens s..e (two words or more) the city here? Not when it ends a longer
 * name ("Khalid Al Ahmadi") or is made only of English words ("High Point" in a title).
 */
function cityPhraseStandsAlone(tokens: Token[], s: number, e: number, used: Uint8Array): boolean {
  if (tokens.slice(s, e + 1).every((t) => t.common || !t.cap)) return false;
  return !(continuesName(tokens[s]) && isCapWord(tokens[s - 1]) && !used[s - 1]);
}

/**
 * Is token i alone the name of a known city? Only when it is no English word, no known given or
 * family name ("Samarkand", "Kiffa"; not "Hassan", "Victoria", "Independence"), and no part of a
 * longer name.
 */
function isCityWord(tokens: Token[], i: number, used: Uint8Array): boolean {
  const t = tokens[i];
  if (t.common || t.upper || PERSON_TAGS.some((x) => t.tags.has(x)) || !getCities().names.has(t.base)) return false;
  // It stands alone: no name before it ("the architect Mimar Sinan") or after it ("Bello Musa"),
  // but a region's word may follow ("Kano State").
  const next = tokens[i + 1];
  if (continuesName(next) && !REGION_SUFFIXES.has(lower(next))) return false;
  return !(continuesName(t) && isCapWord(tokens[i - 1]) && !used[i - 1] && !tokens[i - 1].common && !CALENDAR_WORDS.has(lower(tokens[i - 1])));
}

/** "the city of Medina", "the provinces of Central Java": after these nouns, in lower case, even an English word names the place. */
const SETTLEMENTS = /^(?:city|cities|town|towns|village|villages|province|provinces|region|regions)$/;
/** "the city of Samarkand", "the Mayor of Nur-Sultan": what follows "of" after these is a place. */
const PLACE_OF = /^(?:city|cities|province|provinces|region|regions|republic|emirate|town|towns|village|villages|capital|municipality|mayor|governor)$/i;

const COMPASS = new Set(['north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower']);

/**
 * Is token i a compass word starting a region's name ("West Nusa Tenggara")? The name after it
 * must be no English word, unless the context already says a place comes (`placeExpected`: "the
 * provinces of Central Java, East Java"); a nationality never is one ("Central Asian countries").
 */
function compassName(tokens: Token[], i: number, placeExpected: boolean): boolean {
  const next = tokens[i + 1];
  if (!isWord(tokens[i]) || !COMPASS.has(lower(tokens[i])) || !continuesName(next) || next.upper || getGazetteer().notPlaces.has(lower(next)) || next.tags.has('Demonym')) return false;
  const w = lower(next);
  return !next.common || (placeExpected && !ORG_HEADS.has(w) && !NON_ORG_TAILS.has(w) && !ROLE_WORDS.has(w) && !CALENDAR_WORDS.has(w));
}

function findPlaces(tokens: Token[], used: Uint8Array, out: RawEntity[], claim: Claim, free: Free, span: Span) {
  const g = getGazetteer();
  const placeStarts = new Set<number>();
  const emit = (s: number, e: number, known = false) => {
    out.push({ type: 'place', text: span(s, e), start: tokens[s].start, end: tokens[e].end, ...(known ? { known } : {}) });
    claim(s, e);
    placeStarts.add(s);
  };
  const placeEnds: number[] = [];
  const cities = getCities();
  const maxPlaceTokens = Math.max(g.maxTokens, cities.maxTokens);
  const nameParts = personNameParts(out);
  // Gazetteer, longest match first, and cities of two words or more ("Port Sudan"); "the City of
  // X", "X Region".
  for (let i = 0; i < tokens.length; i++) {
    if (used[i] || !isCapWord(tokens[i])) continue;
    // The phrases of 1, 2, ... words from i (unclaimed, no punctuation), made as they grow. A
    // possessive inside a name is only a city's ("Cox’s Bazar"), read as written.
    const phrases: { text: string; innerPossessive: boolean }[] = [];
    let prefix = '';
    let innerPossessive = false;
    for (let k = i; k < tokens.length && k - i < maxPlaceTokens && !used[k] && !tokens[k].punct; k++) {
      phrases.push({ text: k === i ? tokens[k].base : `${prefix} ${tokens[k].base}`, innerPossessive });
      prefix = k === i ? (tokens[k].possessive ? tokens[k].text : tokens[k].base) : `${prefix} ${tokens[k].possessive ? tokens[k].text : tokens[k].base}`;
      innerPossessive ||= tokens[k].possessive;
    }
    let matched = -1;
    let known: KnownPlace | undefined;
    for (let len = phrases.length; len >= 1; len--) {
      const { text: phrase, innerPossessive: inner } = phrases[len - 1];
      const e = i + len - 1;
      known = (inner ? undefined : g.byName.get(phrase)) ?? (len > 1 && cities.names.has(phrase) && cityPhraseStandsAlone(tokens, i, e, used) ? { name: phrase, country: false } : undefined);
      if (known) {
        matched = e;
        break;
      }
    }
    if (matched < 0 || !known) continue;
    const modified = tokens[matched + 1];
    if (!tokens[matched].possessive && continuesName(modified) && (NON_ORG_TAILS.has(lower(modified)) || ORG_HEADS.has(lower(modified)))) continue;
    let e = matched;
    // ("Djibouti City", "Mozambique Island": a city or an island named after its country.)
    // (Not "Dakar City Hall", "Tunis City of Culture": a name that goes on.)
    const suffixOnly = /^(?:city|island)$/.test(lower(tokens[e + 1] ?? tokens[e])) && !continuesName(tokens[e + 2]) && lower(tokens[e + 2] ?? tokens[e]) !== 'of';
    if (isCapWord(tokens[e + 1]) && (REGION_SUFFIXES.has(lower(tokens[e + 1])) || suffixOnly)) e++;
    // "Western Balkans": a compass word before a region (not a country: "Northern Nigeria" is
    // Nigeria); "Lake Chad Basin", "River Nile State": a lake's or river's name with its feature word.
    const before = tokens[i - 1];
    const feature = !!before && !used[i - 1] && isCapWord(before) && ((e > matched && /^(?:lake|river)$/.test(lower(before))) || (COMPASS.has(lower(before)) && !known.country));
    emit(feature ? i - 1 : i, e, true);
    placeEnds.push(e);
    i = e;
  }
  // compromise's place tags, the "-stan" lands, and capitalised unknown words after "in/to/from".
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (used[i] || !isCapWord(t) || t.upper) continue;
    const w = lower(t);
    if (CALENDAR_WORDS.has(w) || ROLE_WORDS.has(w) || NOT_NAME_WORDS.has(w) || g.notPlaces.has(w) || isHonorific(tokens, i)) continue;
    if (ATTRIBUTIVE_COMPOUND.test(t.base) || isCountryAdjective(t.base)) continue;
    const city = isCityWord(tokens, i, used);
    // A word of a person's name the text gives is the person's, unless the context calls for a place.
    // "the Alhambra", "the Medina": a place's name alone after "the" names a landmark or a
    // quarter ("the Fergana Valley" is a region, and the places written with "the", "the Gambia",
    // "the Sahel", are the gazetteer's).
    const afterThe = lower(tokens[i - 1] ?? t) === 'the' && !REGION_SUFFIXES.has(lower(tokens[i + 1] ?? t));
    const tagged = !nameParts.has(t.base) && !afterThe && ((PLACE_TAGS.some((x) => t.tags.has(x)) && !ORG_HEADS.has(w) && !t.common) || isLexiconPlace(w) || city);
    const prep = tokens[i - 1];
    // "the city of Samarkand", and "the Kazakh capital, Nur-Sultan".
    const placeNoun = tokens[i - 2];
    const cityOf = (lower(prep ?? t) === 'of' && PLACE_OF.test(placeNoun?.text ?? '')) || (prep?.text === ',' && !!placeNoun && lower(placeNoun) === 'capital');
    // "the provinces of Central Java".
    const region = !used[i + 1] && compassName(tokens, i, cityOf);
    // "the city of Medina": after a place noun in lower case, even an English word is the name.
    const namedPlace = cityOf && SETTLEMENTS.test(placeNoun?.text ?? '') && !ORG_HEADS.has(w) && !NON_ORG_TAILS.has(w);
    const unknownPhrase = !t.common || (NAME_PARTICLES.has(w) && continuesName(tokens[i + 1]) && !tokens[i + 1].common) || region || namedPlace;
    const afterPreposition = ((isWord(prep) && !prep.cap && PLACE_PREPOSITIONS.has(lower(prep))) || cityOf) && unknownPhrase;
    const land = /^\p{Lu}\p{Ll}{2,}stan$/u.test(t.base);
    if (!tagged && !afterPreposition && !land) continue;
    let e = region ? i + 1 : i;
    while (e + 1 < tokens.length && !used[e + 1] && continuesName(tokens[e + 1]) && !tokens[e].possessive && e - i < 2) {
      const n = tokens[e + 1];
      const nw = lower(n);
      if (ATTRIBUTIVE_COMPOUND.test(n.base)) break;
      if (REGION_SUFFIXES.has(nw) || nw === 'city' || (!n.common && !ROLE_WORDS.has(nw) && !ORG_HEADS.has(nw) && !CALENDAR_WORDS.has(nw) && !g.notPlaces.has(nw))) e++;
      else break;
    }
    if (continuesName(tokens[e + 1]) && !REGION_SUFFIXES.has(lower(tokens[e + 1])) && !tokens[e].possessive) continue; // part of a longer name
    // "St. Petersburg": the abbreviation before belongs to the name.
    const s = tokens[i - 1] && /^(?:St|Ft|Mt)\.$/.test(tokens[i - 1].text) && !used[i - 1] ? i - 1 : i;
    emit(s, e, city && e === i);
    placeEnds.push(e);
    i = e;
  }
  // Lists continuing a place: "Kazakhstan, Tajikistan, and Bashkortostan". Only a list that
  // closes with "and" counts, so an apposition ("Kazakhstan, Kassym-Jomart Tokayev,") does not.
  for (const end of placeEnds.sort((a, b) => a - b)) {
    let k = end + 1;
    const items: [number, number][] = [];
    let closed = false;
    for (;;) {
      const sepStart = k;
      let sawAnd = false;
      while (tokens[k] && (tokens[k].text === ',' || lower(tokens[k]) === 'and')) {
        if (lower(tokens[k]) === 'and') sawAnd = true;
        k++;
      }
      const t = tokens[k];
      if (k !== sepStart && used[k] && placeStarts.has(k)) {
        closed = sawAnd; // the list goes on with a place already found ("..., and Aleppo")
        if (closed) break;
      }
      const region = !used[k + 1] && compassName(tokens, k, true); // "Central Java, East Java, and West Nusa Tenggara"
      if (k === sepStart || !isCapWord(t) || used[k] || (t.common && !region) || t.upper || g.notPlaces.has(lower(t)) || ROLE_WORDS.has(lower(t)) || isHonorific(tokens, k)) break;
      if (PERSON_TAGS.some((x) => t.tags.has(x)) && !PLACE_TAGS.some((x) => t.tags.has(x))) break;
      let e = region ? k + 1 : k;
      while (continuesName(tokens[e + 1]) && !used[e + 1] && !tokens[e + 1].common && e - k < 2) e++;
      if (continuesName(tokens[e + 1])) break;
      items.push([k, e]);
      k = e + 1;
      if (sawAnd) {
        closed = true;
        break;
      }
    }
    if (closed) for (const [a, b] of items) emit(a, b);
  }
}

function findUnknownNamePeople(tokens: Token[], used: Uint8Array, out: RawEntity[], claim: Claim, free: Free, span: Span) {
  const g = getGazetteer();
  const quoted = insideQuotes(tokens);
  for (const [s, e] of nameRuns(tokens, used, 2, 4)) {
    if (!free(s, e)) continue;
    // "Sheikh of Al-Azhar Al-Sharif": after "of" an unknown name is an institution or a place
    // (see personAfterOf); in quotes it is a title or a term ("“Ilm al-Kalam”").
    if (!personAfterOf(tokens, s, e) || quoted[s]) continue;
    // An English word is no unknown name, unless a particle makes it one ("Ibn Battuta").
    const ts = tokens.slice(s, e + 1).filter((t) => t.cap);
    if (ts.some((t) => (t.common && !afterParticle(tokens, s + tokens.slice(s, e + 1).indexOf(t)) && !(t === tokens[e] && TITLE_AFTER_NAME.has(lower(t)))) || t.upper || g.notPlaces.has(lower(t)) || PLACE_TAGS.some((x) => t.tags.has(x)) || t.tags.has('Organization'))) continue;
    if (continuesName(tokens[e + 1]) || isKnownPlace(tokens, s, e)) continue;
    out.push({ type: 'person', text: span(s, e), start: tokens[s].start, end: tokens[e].end });
    claim(s, e);
  }
}

/**
 * "a conference on al-Farabi, who ...": a lower-case "al-" joined to a capitalised word, standing
 * alone and followed by "who", is the name a scholar is known by. Without "who" it may be a place,
 * a mosque, a movement or a term ("al-Aqsa", "al-Andalus", "al-Hadith"). (A quoted term and a
 * longer name, "Turki al-Maliki", are left to other rules.)
 */
function findNisbaPeople(tokens: Token[], used: Uint8Array, out: RawEntity[], claim: Claim) {
  const quoted = insideQuotes(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (used[i] || quoted[i] || !/^(?:al|el)-\p{Lu}\p{Ll}{2,}$/u.test(t.base)) continue;
    if (isCapWord(tokens[i - 1]) || continuesName(tokens[i + 1])) continue;
    const who = tokens[i + 1]?.text === ',' ? tokens[i + 2] : tokens[i + 1];
    if (!who || lower(who) !== 'who') continue;
    out.push({ type: 'person', text: t.base, start: t.start, end: t.start + t.base.length });
    claim(i, i);
  }
}

/** The first and last words of the people of several words found so far: alone, they name them. */
function personNameParts(out: RawEntity[]): Set<string> {
  const parts = new Set<string>();
  for (const p of out) {
    if (p.type !== 'person') continue;
    const words = p.text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !/^[A-Z]\.?$/.test(w));
    if (words.length < 2) continue;
    parts.add(words[words.length - 1]);
    parts.add(words[0]);
  }
  return parts;
}

/** Surname or given name alone, after the full name was found in the same text. */
function findBareNames(tokens: Token[], used: Uint8Array, out: RawEntity[], claim: Claim) {
  const parts = personNameParts(out);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (used[i] || !isCapWord(t) || t.common || !parts.has(t.base)) continue;
    if (continuesName(tokens[i + 1]) || (continuesName(tokens[i]) && isCapWord(tokens[i - 1]) && !used[i - 1])) continue;
    out.push({ type: 'person', text: t.base, start: t.start, end: t.start + t.base.length });
    claim(i, i);
  }
}
