/** People as runs of two to four capitalised words that are no English word, no place and no acronym. */
import { getGazetteer } from '../gazetteer.js';
import { TITLE_AFTER_NAME } from '../lexicon/index.js';
import type { Mention, Pass } from './context.js';
import { afterParticle, nameRuns, namesAThing, personAfterOf } from './person-names.js';
import { isKnownPlace } from './place-names.js';
import { continuesName, hasPlaceTag, lower } from './token-tests.js';

export const unknownNamePeople: Pass = {
  name: 'unknown-name-people',
  reason: 'a guess from unknown words alone: after places, so that "in Deir al-Balah" is a place, not a person',
  run(ctx) {
    const { tokens, used } = ctx;
    const g = getGazetteer();
    const out: Mention[] = [];
    for (const [s, e] of nameRuns(tokens, used, 2, 4)) {
      if (!ctx.isFree(s, e)) continue;
      // In a paragraph of another language, capitals say nothing of names ("Setiausaha Tetap").
      if (ctx.foreign[s]) continue;
      // "Tal Al-Zaatar schools": a name before a lower-case noun of a thing is the thing's.
      if (namesAThing(tokens, e)) continue;
      // "Sheikh of Al-Azhar Al-Sharif": after "of" an unknown name is an institution or a place
      // (see personAfterOf); in quotes it is a title or a term ("“Ilm al-Kalam”").
      if (!personAfterOf(tokens, s, e) || ctx.quoted[s]) continue;
      // An English word is no unknown name, unless a particle makes it one ("Ibn Battuta").
      const ts = tokens.slice(s, e + 1).filter((t) => t.cap);
      if (ts.some((t) => (t.common && !afterParticle(tokens, s + tokens.slice(s, e + 1).indexOf(t)) && !(t === tokens[e] && TITLE_AFTER_NAME.has(lower(t)))) || t.upper || g.notPlaces.has(lower(t)) || hasPlaceTag(t) || t.tags.has('Organization'))) continue;
      if (continuesName(tokens[e + 1]) || isKnownPlace(tokens, s, e)) continue;
      // "(T/Imt/R03)": a wire's story code; a name holds no digit and no slash.
      if (/[\d/]/.test(ctx.span(s, e))) continue;
      out.push({ type: 'person', text: ctx.span(s, e), start: tokens[s].start, end: tokens[e].end });
      ctx.claim(s, e);
    }
    return out;
  },
};
