/**
 * People introduced by an honorific or a title ("Dr.", "H.E. Mr.", "His Excellency President",
 * "Dato' Seri"), with the role in apposition after the name.
 */
import { getGazetteer } from '../gazetteer.js';
import { CALENDAR_WORDS, GIVEN_NAME_TITLES, HARD_ROLE_WORDS, NAME_PARTICLES, NON_ORG_TAILS, ORG_HEADS, PERSONAL_HONORIFICS, ROLE_WORDS, THING_NOUNS } from '../lexicon/index.js';
import type { Token } from '../tokens.js';
import type { Mention, Pass } from './context.js';
import { collectName, honorificLength, roleAfter } from './person-names.js';
import { isKnownPlace } from './place-names.js';
import { continuesName, lower } from './token-tests.js';

/**
 * Where the holder of a title set off by a comma starts ("Crown Prince, Mohammed bin Salman ...,"):
 * a name of two words or more, closed by a comma or the sentence's end; else undefined.
 */
function titleHolderAfterComma(tokens: readonly Token[], used: Uint8Array, comma: number): number | undefined {
  const start = comma + 1;
  if (!continuesName(tokens[start]) || tokens[start].upper) return undefined;
  const last = collectName(tokens, used, start);
  if (last <= start) return undefined;
  const after = tokens[last + 1];
  return !after || after.text === ',' || after.sentenceStart || (after.punct && after.text !== '(') ? start : undefined;
}

/** Words a headline capitalises that start no name. */
const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'a', 'an']);

/** Words a role's head word comes after ("Regional Head", "Deputy Director", "Acting President"). */
const ROLE_RANKS = new Set(['regional', 'deputy', 'assistant', 'executive', 'acting', 'senior', 'chief', 'vice', 'associate', 'honorary', 'general']);

export const titledPeople: Pass = {
  name: 'titled-people',
  reason: 'the surest people: a title says a name follows; after organizations, whose names may start with a title ("King Faisal Foundation")',
  run(ctx) {
    const { tokens, used, text } = ctx;
    const g = getGazetteer();
    const out: Mention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (used[i]) continue;
      const len = honorificLength(tokens, i);
      if (!len) continue;
      let k = i + len;
      // Chains: "H.E. Mr.", "His Excellency President".
      // ("Dr. Amir Hamzah", "Mr. Sultan bin Saeed": after a private person's honorific these are names.)
      for (let more = honorificLength(tokens, k); more && !(PERSONAL_HONORIFICS.has(lower(tokens[k - 1])) && GIVEN_NAME_TITLES.has(lower(tokens[k]))); more = honorificLength(tokens, k)) k += more;
      // "Crown Prince, Mohammed bin Salman bin Abdulaziz Al Saud,": the title, then its holder in apposition.
      if (tokens[k]?.text === ',' && k > i) k = titleHolderAfterComma(tokens, used, k) ?? k;
      // ("the Emir, Alhaji Muhammadu Sanusi II,": the holder's own honorific.)
      for (let more = tokens[k - 1]?.text === ',' ? honorificLength(tokens, k) : 0; more; more = honorificLength(tokens, k)) k += more;
      // ("la Première Dame d’Azerbaïdjan": a word after an elided French preposition is the title's
      // complement, no name; nor does one start with a title-case function word: "Education Minister Of Iran".)
      if (tokens[k]?.elided || FUNCTION_WORDS.has(lower(tokens[k] ?? tokens[i]))) continue;
      // "Sultan bin Abdulaziz": a title-like word followed by a patronymic is part of the name.
      const first = !tokens[k]?.cap && NAME_PARTICLES.has(lower(tokens[k] ?? tokens[i])) ? k - 1 : k;
      let last = collectName(tokens, used, k);
      if (last < 0) continue;
      // After an honorific, a last name that is also an English word ends the name when the phrase
      // ends there: "Ms. Aïssatou Diallo Sow, Secretary-General ...", "Pengiran Haji Mohd Daud,".
      const after = tokens[last + 1];
      const closes = (t: Token | undefined) => !t || (t.punct && t.text !== '(') || t.sentenceStart;
      // So does a weekday or month (agencies' "Prime Minister Shehbaz Sharif Tuesday said"), and
      // the sentence's verb going on in lower case ("... Shehbaz Sharif said"): a word compromise
      // did not read with the name's phrase, or read as a verb or adverb — not a determiner,
      // preposition or conjunction, after which the word may be a headline's verb ("Dr. Salim
      // AlMalik Receives the Ambassador").
      const goesOn = (t: Token | undefined) => !!t && (CALENDAR_WORDS.has(lower(t)) || (!t.cap && !t.punct && (t.tags.size === 0 || t.tags.has('Verb') || t.tags.has('Adverb'))));
      if (continuesName(after) && !THING_NOUNS.has(lower(after)) && after.common && !after.upper && !after.possessive && (closes(tokens[last + 2]) || goesOn(tokens[last + 2])) && !g.notPlaces.has(lower(after)) && !ORG_HEADS.has(lower(after)) && !NON_ORG_TAILS.has(lower(after)) && !ROLE_WORDS.has(lower(after)) && !CALENDAR_WORDS.has(lower(after)) && !isKnownPlace(tokens, last + 1, last + 1)) last++;
      // A name followed by another capitalised word names something after the person
      // ("King Abdulaziz Center", "Sultan bin Abdulaziz Al Saud International ..."); an acronym
      // does not ("Dr. Fatima Hassan UNESCO representative"), nor a weekday or month.
      const next = tokens[last + 1];
      // (Nor a role, its comma left out: "Dr. Salim M. Almalik Director General of …".)
      // (Nor one with its rank or region first: "Dr. Abbas Sadri Regional Head ISESCO Tehran".)
      const roleNext = HARD_ROLE_WORDS.has(lower(next ?? tokens[last])) || (ROLE_RANKS.has(lower(next ?? tokens[last])) && HARD_ROLE_WORDS.has(lower(tokens[last + 2] ?? tokens[last])));
      if (continuesName(next) && !next.upper && !CALENDAR_WORDS.has(lower(next)) && !roleNext) {
        ctx.claim(i, last);
        i = last;
        continue;
      }
      const person: Mention = { type: 'person', text: ctx.span(first, last), start: tokens[first].start, end: tokens[last].end, titled: true };
      const role = roleAfter(text, tokens[last].end);
      if (role) person.role = role;
      out.push(person);
      ctx.claim(i, last);
      i = last;
    }
    return out;
  },
};
