/**
 * Organizations named in French, head first: "Organisation des Nations Unies", "Union
 * africaine", "Conseil exécutif", "Organisation du monde islamique pour l’éducation, les sciences
 * et la culture". French puts the head before its complement and writes most of the complement in
 * lower case, so the English passes (a head at the end, capitalised words on its left) find
 * none of them. A name runs from its head through capitalised words, the small words that join
 * them ("de", "du", "des", "pour", "et", an elided "l’"), the adjectives French writes after a
 * noun ("islamique", "exécutif", "unies"), and the nouns of a body's field ("éducation",
 * "culture", "jeunesse"); it must read as French, by a joining word or a head English lacks.
 */
import { getGazetteer } from '../gazetteer.js';
import type { Token } from '../tokens.js';
import type { Mention, Pass, PassContext } from './context.js';
import { lower } from './token-tests.js';

/** Heads spelled so in French only: a French adjective may follow them directly ("Conseil exécutif"). (Not "Conférence": mostly a meeting.) */
const FRENCH_HEADS = new Set([
  'ligue', 'conseil', 'comité', 'ministère', 'université', 'assemblée', 'fondation', 'agence', 'banque', 'académie', 'école',
  'fédération', 'direction', 'délégation', 'chambre', 'observatoire', 'secrétariat', 'parlement', 'sénat', 'réseau',
  'secteur', 'institut', 'haut-commissariat', 'département', 'lycée',
]);
/** Heads English spells the same: a name with one of them must hold a French joining word. */
const SHARED_HEADS = new Set(['organisation', 'union', 'bureau', 'centre', 'programme', 'commission', 'association', 'coalition', 'nations']);

/** Heads French writes in lower case before a body's name. */
const LOWER_CASE_HEADS = new Set(['ministère', 'département', 'direction', 'lycée']);

/** The small words inside a French name. */
const JOINERS = new Set(['de', 'du', 'des', 'pour', 'et', 'la', 'le', 'les', 'sur', 'dans']);
/** Joiners that only French has (English names hold "de" or "la" too: "Universidad de la …"). */
const FRENCH_JOINERS = new Set(['du', 'des', 'pour', 'et']);

/** Adjectives written after a noun in lower case ("islamique", "africaine", "exécutif", "unies", "régional"). */
const FRENCH_ADJECTIVE = /^(?:\p{Ll}+(?:ique|iques|aine|aines|ain|ains|ale|ales|aux|if|ive|ifs|ives|ienne|iennes|ien|iens|aise|aises|ais)|unies?|arabes?|nationale?|régionale?|mondiale?|internationale?|supérieure?|permanente?|générale?)$/u;

/** The nouns of a body's field, which French names write in lower case ("pour l’éducation, la science et la culture"). */
const FIELD_NOUNS = new Set([
  'ministres', 'partenariat', 'entrepreneuriat', 'artisanat', 'solidarité', 'emploi', 'justice', 'intérieur', 'population', 'numérique', 'industrie',
  'énergie', 'transport', 'urbanisme', 'biosphère', 'statistique', 'statistiques', 'planification',
  'génie', 'ingénierie', 'médecine', 'droit', 'lettres', 'arts', 'études', 'gestion', 'commerce', 'antiquités', 'musées',
  'éducation', 'science', 'sciences', 'culture', 'cultures', 'monde', 'jeunesse', 'sports', 'sport', 'enseignement', 'recherche', 'développement',
  'coopération', 'communication', 'patrimoine', 'environnement', 'santé', 'affaires', 'étrangères', 'femme', 'femmes', 'famille', 'information',
  'tourisme', 'économie', 'finances', 'dialogue', 'langue', 'langues', 'paix', 'droits', 'homme', 'alimentation', 'agriculture', 'travail',
  'formation', 'technologie', 'innovation', 'civilisations', 'partenariats', 'protection', 'alphabétisation',
]);

/** The most tokens a French name spans ("Organisation du monde islamique pour l’éducation, les sciences et la culture" is 12). */
const MAX_TOKENS = 16;

/** What may part two tokens of one name: spaces, an elided article ("de l’Éducation"). */
const JOINING_GAP = /^\s+(?:[ldj]['’])?$|^\s*[ldj]['’]$/u;

export const frenchOrgNames: Pass = {
  name: 'french-org-names',
  reason: 'before the English organizations: a French name\'s head comes first, and its words would be read as an English name\'s left part',
  run(ctx) {
    const { tokens, used } = ctx;
    const out: Mention[] = [];
    for (let h = 0; h < tokens.length; h++) {
      const head = tokens[h];
      // (A name in quotes is a project's or a theme's: "the “Université des Nouveaux Savoirs” project".)
      if (used[h] || head.upper || ctx.quoted[h]) continue;
      const w = lower(head);
      // ("le ministère de l’Enseignement supérieur", "ministère égyptien du Tourisme": French writes these heads in lower case.)
      if (!head.cap && !LOWER_CASE_HEADS.has(w)) continue;
      const frenchHead = FRENCH_HEADS.has(w);
      if (!frenchHead && !SHARED_HEADS.has(w)) continue;
      const e = nameEnd(ctx, h);
      if (e === h) continue;
      const words = tokens.slice(h + 1, e + 1);
      const french = frenchHead || w === 'nations' || words.some((t) => FRENCH_JOINERS.has(lower(t)) || (!t.cap && FRENCH_ADJECTIVE.test(t.base)));
      // ("Nations" heads only "Nations Unies".)
      if (!french || (w === 'nations' && !/^unies$/i.test(tokens[h + 1].base)) || !ctx.isFree(h, e)) continue;
      out.push({ type: 'organization', text: ctx.span(h, e), start: head.start, end: tokens[e].end });
      ctx.claim(h, e);
      h = e;
    }
    return out;
  },
};

/** Heads inside a name that are no body of their own ("des Nations Unies", "de la Conférence islamique"). */
const OWNED_HEADS = new Set(['nations', 'conférence']);

const isHead = (t: Token | undefined) => !!t && t.cap && (FRENCH_HEADS.has(lower(t)) || SHARED_HEADS.has(lower(t)));

/** The last token of the French name headed at h (h itself when nothing follows it). */
function nameEnd(ctx: PassContext, h: number): number {
  const { tokens, text } = ctx;
  const gap = (a: number, b: number) => text.slice(tokens[a].end, tokens[b].start);
  let e = h;
  // After "et", only a field's words go on ("… des Partenariats et de la Coopération
  // internationale"; not "… des Nations Unies et de l’Agenda 2063").
  let afterAnd = false;
  let forAcronym = false;
  for (let j = h + 1; j < tokens.length && j - h < MAX_TOKENS; j++) {
    const t = tokens[j];
    const w = lower(t).replace(/^[ldj]['’]/, ''); // "l’éducation"
    const g = gap(j - 1, j);
    // "l’éducation, les sciences et la culture", "supérieur, de la Recherche scientifique": a list's comma before an article or a "de".
    if (t.text === ',' && g === '' && /^(?:les|la|le|de|du|des)$/.test(lower(tokens[j + 1] ?? t)) && tokens[j + 1] !== t) continue;
    if (tokens[j - 1].text !== ',' && !JOINING_GAP.test(g)) break;
    if (t.punct || t.sentenceStart) break;
    // "l’Organisation des Nations Unies et l’Union africaine", "l’Organisation et le Bureau": "et"
    // before a head joins two bodies; "le Secteur … de l’Organisation du monde islamique …": a
    // head after "de" names the body the first belongs to, a name of its own (but "Organisation
    // des Nations Unies", "Organisation de la Conférence islamique").
    const next = /^(?:le|la|les)$/.test(lower(tokens[j + 1] ?? t)) ? tokens[j + 2] : tokens[j + 1];
    if ((w === 'et' || w === 'de' || w === 'du' || w === 'des') && isHead(next) && !OWNED_HEADS.has(lower(next!))) break;
    if (w === 'et') afterAnd = true;
    // An acronym inside the name, not at its end: "Bureau régional du PNUD pour l’Afrique", but
    // "Conseil exécutif | de l’ISESCO" (a body's organ is named alone, as French writes it).
    // ("Commission nationale pour l’UNESCO et l’ICESCO": the body a commission is for is in its name.)
    if (t.upper) {
      if (forAcronym || /^pour$/i.test(tokens[j - 1].text) || /\bpour\s+l['’]$/i.test(text.slice(tokens[j - 1].start, t.start))) {
        forAcronym = true;
        e = j;
      }
      continue;
    }
    // (But a country closing the name goes on: "Association de l’homme et de la biosphère d’Indonésie".)
    if (afterAnd && !FIELD_NOUNS.has(w) && !FRENCH_ADJECTIVE.test(w) && !JOINERS.has(w) && !getGazetteer().byName.get(t.base)?.country) break;
    if (t.cap || FIELD_NOUNS.has(w)) e = j;
    else if (FRENCH_ADJECTIVE.test(w) && j === e + 1) e = j;
    else if (!JOINERS.has(w)) break;
  }
  return e;
}
