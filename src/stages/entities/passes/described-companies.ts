/**
 * Businesses the text describes: "HydroSahel, a solar pumping firm," / "Mashreq3D, a Jordanian
 * startup specializing in ..." (a name, then an apposition ending on a business noun), and "the
 * telecommunications company MTN Uganda" / "the national telecom operator Kyrgyztelecom" (the
 * noun, then the name). The description is the evidence, so the name's words may be English ones
 * ("Tadamoune Crafts"); only a business noun that ends its phrase counts ("a firm believer", "an
 * engineer at a local firm" describe no business).
 */
import { getGazetteer } from '../gazetteer.js';
import { AFTER_DESCRIPTION, BUSINESS_NOUNS, DESCRIPTION_BREAKS, LEGAL_FORMS } from '../lexicon/index.js';
import type { Mention, Pass } from './context.js';
import { isKnownPlace } from './place-names.js';
import { continuesName, hasPersonTag, isCapWord, lower } from './token-tests.js';

/** The most tokens of a described business's name ("Kansai Heritage Imaging Co., Ltd" is 6). */
const MAX_DESCRIBED_NAME = 6;

export const describedCompanies: Pass = {
  name: 'described-companies',
  reason: 'after the head nouns and "X company": an apposition describing a business names one even in English words',
  run(ctx) {
    const { tokens, used } = ctx;
    const g = getGazetteer();
    const out: Mention[] = [];
    const describedAt = (n: number) => {
      const t = tokens[n];
      if (!t || t.cap || !BUSINESS_NOUNS.has(lower(t))) return false;
      const next = tokens[n + 1];
      return !next || next.punct || next.sentenceStart || AFTER_DESCRIPTION.has(lower(next));
    };
    // After the noun, a place or a person alone is no business's name ("the firm Morocco trusts");
    // inside a longer name a place is part of it ("MTN Uganda").
    const plainName = (s: number, e: number) =>
      s < e ? !g.byName.has(tokens.slice(s, e + 1).map((x) => x.base).join(' ')) : !(isKnownPlace(tokens, s, s) || hasPersonTag(tokens[s]) || tokens[s].common);
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
          else if (LEGAL_FORMS.has(tokens[s].base) && tokens[s - 1]?.text === ',' && isCapWord(tokens[s - 2]) && !used[s - 2]) s -= 2;
          else break;
        }
        out.push({ type: 'organization', text: ctx.span(s, i - 1), start: tokens[s].start, end: tokens[i - 1].end });
        ctx.claim(s, i - 1);
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
      out.push({ type: 'organization', text: ctx.span(i + 1, e), start: tokens[i + 1].start, end: tokens[e].end });
      ctx.claim(i + 1, e);
    }
    return out;
  },
};
