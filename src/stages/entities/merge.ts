/**
 * merge: raw mentions of all articles -> one entity per real-world referent.
 *
 * People. A full name (two name words or more) is keyed by its given name and family name,
 * spelling-insensitively ("Salim M. AlMalik" = "Salim Al Malik" = "Salim Al-Malik"; given
 * names one letter apart, "Abdelillah"/"Abdelilah", match; middle names, when both have one,
 * must be the same). A single word ("AlMalik",
 * "Mr. Erlan") joins the nearest preceding full name in the same article whose family name,
 * or else given name, it is; failing that, the full name with that family name seen in most
 * articles of the corpus (ties: most mentions, then the name first in code-unit order). A
 * shorter full name that starts a longer one in the same article, or ends it from a family
 * particle on, is that person ("Mohd Zaki", "Ould Cheikh Ahmed"). Two people who share only a
 * given name stay apart. The canonical name is the form written most often (ties: the longest,
 * then the first in code-unit order).
 *
 * Nothing depends on the order of the articles: full names are grouped in an order of their own
 * (most articles, most mentions, code-unit order), every tie breaks on the names, and names are
 * chosen once every article has been read. The same archive with its files renamed reads the same.
 *
 * Organizations. "Full Name (ACR)" makes ACR an alias of the full name across the corpus; a
 * bare acronym maps to it; variants defined with the same acronym are one organization, named
 * by the variant written most often (ties: the longest, then the first in code-unit order).
 * Within an article, a shorter form of a longer name (same head word, subset of its words)
 * is an alias of it.
 */
import type { EntitySummary, EntityType, OrganizationRef, PersonRef, PlaceRef } from '../../types.js';
import type { RawEntity } from './find.js';
import { PATRONYMIC_PARTICLES } from './lexicon.js';
import { canonicalOrganization, canonicalPlace, cleanSurface, nameKey, nearlySame, shortenRole, singleKey, type NameKey } from './normalise.js';

export interface ArticleMentions {
  id: string;
  date: string | null;
  entities: RawEntity[];
}

export interface ArticleEntities {
  people: PersonRef[];
  places: PlaceRef[];
  organizations: OrganizationRef[];
}

export interface CorpusEntities {
  perArticle: ArticleEntities[];
  summaries: EntitySummary[];
}

interface PersonCluster {
  /** Rank of the cluster's first full name in the order full names are grouped in; -1 for a single word's. */
  id: number;
  key: NameKey;
  /** Keys of every full form in the cluster. */
  keys: NameKey[];
  forms: Map<string, number>;
  articles: Set<number>;
  /** Mentions of its full forms. */
  mentions: number;
}

/** Code-unit order, the same on every machine and locale (localeCompare is neither). */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function mergeCorpus(articles: ArticleMentions[]): CorpusEntities {
  // ---- organizations: acronym table ----
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
  const roleAcronyms = new Map<string, string>();
  for (const [full, acr] of acronymOfFull) roleAcronyms.set(full, acr);
  const shortRoles = new Map<string, string>();
  const shortRole = (role: string) => {
    let r = shortRoles.get(role);
    if (r === undefined) shortRoles.set(role, (r = shortenRole(role, roleAcronyms)));
    return r;
  };

  // ---- people: corpus clusters of full names ----
  const clusters: PersonCluster[] = [];
  /** Can two full names be one person? */
  const samePerson = (a: NameKey, b: NameKey) =>
    a.given !== null && b.given !== null &&
    // One letter of transliteration apart in one part, never both ("Abdelillah"/"Abdelilah", "Benarfa"/"Benarafa").
    ((a.family === b.family && nearlySame(a.given, b.given)) || (a.given === b.given && a.family.length >= 6 && nearlySame(a.family, b.family))) &&
    // Different middle names (patronymics: "bin Salman" / "bin Nayef") are different people.
    (!a.middle || !b.middle || a.middle === b.middle);
  // Clusters indexed by family and by given name: a match shares one of the two exactly.
  const byFamilyKey = new Map<string, PersonCluster[]>();
  const byGivenKey = new Map<string, PersonCluster[]>();
  const index = (m: Map<string, PersonCluster[]>, k: string, c: PersonCluster) => {
    const list = m.get(k) ?? [];
    if (!list.includes(c)) list.push(c);
    m.set(k, list);
  };
  // A name is looked up once per mention, in thousands of articles: its key, and its cluster
  // for as long as the clusters stay as they are (a lookup that changes them forgets the rest).
  const keys = new Map<string, NameKey>();
  const keyOf = (name: string) => {
    let key = keys.get(name);
    if (!key) keys.set(name, (key = nameKey(name)));
    return key;
  };
  const clusterByName = new Map<string, PersonCluster>();
  // A name's cluster can change only when a cluster gains a key with its family or given name
  // (samePerson needs one of the two equal): only those names are forgotten then.
  const rememberedByPart = new Map<string, string[]>();
  const partsOf = (key: NameKey) => (key.given === null ? [`f${key.family}`] : [`f${key.family}`, `g${key.given}`]);
  const remember = (name: string, key: NameKey, c: PersonCluster) => {
    clusterByName.set(name, c);
    for (const part of partsOf(key)) {
      const names = rememberedByPart.get(part);
      if (names) names.push(name);
      else rememberedByPart.set(part, [name]);
    }
  };
  const forgetNamesLike = (key: NameKey) => {
    for (const part of partsOf(key)) {
      for (const name of rememberedByPart.get(part) ?? []) clusterByName.delete(name);
      rememberedByPart.delete(part);
    }
  };
  const clusterOfFull = (name: string): PersonCluster => {
    const known = clusterByName.get(name);
    if (known) return known;
    const key = keyOf(name);
    const candidates = [...(byFamilyKey.get(key.family) ?? []), ...(byGivenKey.get(key.given ?? '') ?? [])].sort((a, b) => a.id - b.id);
    let c = candidates.find((x) => x.keys.some((k) => samePerson(k, key)));
    if (!c) clusters.push((c = { id: clusters.length, key, keys: [], forms: new Map(), articles: new Set(), mentions: 0 }));
    if (!c.keys.some((k) => k.given === key.given && k.family === key.family && k.middle === key.middle)) {
      c.keys.push(key);
      index(byFamilyKey, key.family, c);
      if (key.given) index(byGivenKey, key.given, c);
      forgetNamesLike(key);
    }
    remember(name, key, c);
    return c;
  };
  const isFull = (text: string) => keyOf(text).given !== null;
  // Which cluster a name joins depends on the clusters before it, so full names are grouped in
  // an order of the corpus's own, never the pages': most articles, most mentions, code units.
  const fullNames = new Map<string, { articles: Set<number>; mentions: number }>();
  for (let i = 0; i < articles.length; i++)
    for (const e of articles[i].entities) {
      if (e.type !== 'person') continue;
      const form = cleanSurface(e.text);
      if (!isFull(e.text) && !isFull(form)) continue;
      const seen = fullNames.get(form) ?? { articles: new Set<number>(), mentions: 0 };
      seen.articles.add(i);
      seen.mentions++;
      fullNames.set(form, seen);
    }
  const grouping = [...fullNames].sort(([x, a], [y, b]) => b.articles.size - a.articles.size || b.mentions - a.mentions || byCodeUnits(x, y));
  for (const [name] of grouping) clusterOfFull(name);
  for (let i = 0; i < articles.length; i++)
    for (const e of articles[i].entities)
      if (e.type === 'person' && isFull(e.text)) {
        const form = cleanSurface(e.text);
        const c = clusterOfFull(form);
        c.forms.set(form, (c.forms.get(form) ?? 0) + 1);
        c.articles.add(i);
        c.mentions++;
      }
  const singleClusters = new Map<string, PersonCluster>();
  // Called once every article's people are known, so a single word's cluster has all its forms too.
  const canonicalName = new Map<PersonCluster, string>();
  const canonicalPerson = (c: PersonCluster) => {
    let name = canonicalName.get(c);
    if (name === undefined) {
      name = [...c.forms].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length || byCodeUnits(x[0], y[0]))[0][0];
      canonicalName.set(c, name);
    }
    return name;
  };
  /** Of the full names with this family name, the one a bare family name means outside their articles. */
  const likeliestOfFamily = (family: string) =>
    (byFamilyKey.get(family) ?? []).slice().sort((x, y) => y.articles.size - x.articles.size || y.mentions - x.mentions || byCodeUnits(canonicalPerson(x), canonicalPerson(y)))[0];

  // ---- places: "Shymkent, Kazakhstan" tells which country a city is in ----
  const countryVotes = new Map<string, Map<string, number>>();
  for (const a of articles) {
    const places = a.entities.filter((e) => e.type === 'place').sort((x, y) => x.start - y.start);
    for (let i = 0; i + 1 < places.length; i++) {
      const [prev, place, next, after] = [places[i - 1], places[i], places[i + 1], places[i + 2]];
      // Exactly "Place, Country": not inside a list of places ("Bashkortostan, Kazakhstan, Tajikistan").
      if (next.start !== place.end + 2 || (prev && prev.end + 2 === place.start) || (after && after.start === next.end + 2)) continue;
      const inner = place.place ?? canonicalPlace(place.text);
      const outer = next.place ?? canonicalPlace(next.text);
      if (inner.country || !outer.country) continue;
      const votes = countryVotes.get(inner.name) ?? new Map<string, number>();
      votes.set(outer.name, (votes.get(outer.name) ?? 0) + 1);
      countryVotes.set(inner.name, votes);
    }
  }
  const countryOf = (name: string, known: string | null) => {
    if (known) return known;
    const votes = countryVotes.get(name);
    return votes ? [...votes].sort((x, y) => y[1] - x[1] || byCodeUnits(x[0], y[0]))[0][0] : null;
  };

  // ---- per article ----
  type Summary = EntitySummary & { aliasSet: Set<string>; roleDate: string | null };
  // In order of first mention, whatever the type; looked up by type, then name.
  const summaries: Summary[] = [];
  const summaryOf: Record<EntityType, Map<string, Summary>> = { person: new Map(), place: new Map(), organization: new Map() };
  const note = (type: EntityType, name: string, article: ArticleMentions, texts: string[], extra?: Partial<EntitySummary>) => {
    let s = summaryOf[type].get(name);
    if (!s) {
      s = { name, type, aliases: [], articleCount: 0, mentions: [], mentionCount: 0, firstSeen: null, lastSeen: null, articleIds: [], aliasSet: new Set(), roleDate: null, ...extra };
      summaryOf[type].set(name, s);
      summaries.push(s);
    }
    s.articleCount++;
    s.mentionCount += texts.length;
    for (const text of texts) s.mentions.push({ text, article: article.id });
    s.articleIds.push(article.id);
    for (const f of texts) if (f !== name) s.aliasSet.add(f);
    if (article.date) {
      if (!s.firstSeen || article.date < s.firstSeen) s.firstSeen = article.date;
      if (!s.lastSeen || article.date > s.lastSeen) s.lastSeen = article.date;
    }
    return s;
  };

  // People first, for every article: a single word's name is chosen from all its forms.
  const peopleByArticle = articles.map((article) => {
    const mentions = article.entities;
    const people = new Map<PersonCluster, { forms: Set<string>; roles: string[]; texts: string[] }>();
    const fullsSoFar: { c: PersonCluster; at: number }[] = [];
    const addPerson = (c: PersonCluster, form: string, role?: string) => {
      const p = people.get(c) ?? { forms: new Set<string>(), roles: [], texts: [] };
      p.forms.add(form);
      p.texts.push(form);
      if (role) {
        const r = shortRole(role);
        if (!p.roles.includes(r)) p.roles.push(r);
      }
      people.set(c, p);
    };
    const articleFulls = mentions.filter((e) => e.type === 'person' && isFull(e.text)).map((e) => ({ c: clusterOfFull(cleanSurface(e.text)), at: e.start, form: cleanSurface(e.text) }));
    for (const e of mentions) {
      if (e.type !== 'person') continue;
      const form = cleanSurface(e.text);
      if (isFull(form)) {
        // A shorter form introduced with a role of its own is a person of its own ("Mr. Ahmed Hassan, Dean").
        const c = (e.role ? undefined : longerNameOf(form, articleFulls.filter((f) => f.at < e.start))) ?? clusterOfFull(form);
        fullsSoFar.push({ c, at: e.start });
        addPerson(c, form, e.role);
        continue;
      }
      const k = singleKey(form);
      const byFamily = (list: { c: PersonCluster }[]) => list.filter((x) => x.c.keys.some((key) => key.family === k || nearlySame(key.family, k)));
      const byGiven = (list: { c: PersonCluster }[]) => list.filter((x) => x.c.keys.some((key) => key.given === k));
      const preceding = [...fullsSoFar].reverse();
      const hit =
        byFamily(preceding)[0]?.c ?? byGiven(preceding)[0]?.c ?? byFamily(articleFulls)[0]?.c ?? byGiven(articleFulls)[0]?.c ?? likeliestOfFamily(k);
      if (hit) addPerson(hit, form, e.role);
      else {
        let c = singleClusters.get(k);
        if (!c) singleClusters.set(k, (c = { id: -1, key: nameKey(form), keys: [nameKey(form)], forms: new Map([[form, 0]]), articles: new Set(), mentions: 0 }));
        c.forms.set(form, (c.forms.get(form) ?? 0) + 1);
        addPerson(c, form, e.role);
      }
    }
    return people;
  });

  const perArticle = articles.map((article, i): ArticleEntities => {
    const mentions = article.entities;
    const people = peopleByArticle[i];
    const peopleRefs: PersonRef[] = [];
    for (const [c, p] of people) {
      const name = canonicalPerson(c);
      peopleRefs.push({ name, aliases: [...p.forms].filter((f) => f !== name), roles: p.roles });
      const s = note('person', name, article, p.texts);
      // The role of the latest article that gives one (undated ones count as oldest); ties: code units.
      const date = article.date ?? '';
      const role = p.roles[0];
      if (role && (s.roleDate === null || date > s.roleDate || (date === s.roleDate && byCodeUnits(role, s.role!) < 0))) {
        s.role = role;
        s.roleDate = date;
      }
    }

    // Organizations
    const orgs = new Map<string, OrgMentions>();
    const addOrg = (name: string, form: string) => {
      const o = orgs.get(name) ?? { forms: new Set<string>(), texts: [] };
      o.forms.add(form);
      o.texts.push(form);
      orgs.set(name, o);
    };
    for (const e of mentions) {
      if (e.type === 'organization') {
        const form = canonicalOrganization(e.text);
        const acr = e.acronym ?? acronymOfFull.get(form);
        const name = acr ? canonicalByAcronym.get(acr) ?? form : form;
        addOrg(name, form);
        if (e.acronym) orgs.get(name)!.forms.add(e.acronym);
      } else if (e.type === 'acronym' && !e.nonOrgAcronym) {
        const full = canonicalByAcronym.get(e.text);
        if (full) addOrg(full, e.text);
        else if (e.orgTagged && !nonOrgAcronyms.has(e.text)) addOrg(e.text, e.text);
      }
    }
    foldShortOrgNames(orgs);
    const orgRefs: OrganizationRef[] = [];
    for (const [name, o] of orgs) {
      const acr = acronymOfFull.get(name);
      const aliases = [...o.forms].filter((f) => f !== name);
      if (acr && !aliases.includes(acr) && acr !== name) aliases.unshift(acr);
      orgRefs.push({ name, aliases });
      note('organization', name, article, o.texts);
    }

    // Places
    const places = new Map<string, { country: boolean; countryName: string | null; texts: string[] }>();
    for (const e of mentions) {
      if (e.type !== 'place') continue;
      const p = e.place ?? canonicalPlace(e.text);
      const entry = places.get(p.name) ?? { country: p.country, countryName: countryOf(p.name, p.countryName), texts: [] };
      entry.texts.push(cleanSurface(e.text));
      places.set(p.name, entry);
    }
    const placeRefs: PlaceRef[] = [];
    for (const [name, p] of places) {
      placeRefs.push({ name, aliases: [...new Set(p.texts)].filter((t) => t !== name), country: p.country, countryName: p.countryName });
      note('place', name, article, p.texts, { country: p.country, countryName: p.countryName });
    }
    return { people: peopleRefs, places: placeRefs, organizations: orgRefs };
  });

  const out: EntitySummary[] = summaries.map(({ aliasSet, roleDate, ...s }) => {
    void roleDate;
    const summary: EntitySummary = { ...s, aliases: [...aliasSet].sort() };
    if (s.type === 'person') summary.role = s.role ?? null;
    return summary;
  });
  return { perArticle, summaries: out };
}

/**
 * Within one article, "Khoja Ahmet Yassawi University" is an alias of the longer name it
 * shortens, and so is a run of the longer name's words ("Training Center" of "Up Skill Training
 * Center", "Al Babtain Cultural Foundation" of "AbdulAziz Saud Al Babtain Cultural Foundation of
 * Kuwait") when no other name of the article contains it.
 */
interface OrgMentions {
  forms: Set<string>;
  texts: string[];
}

function foldShortOrgNames(orgs: Map<string, OrgMentions>) {
  const names = [...orgs.keys()].sort((a, b) => b.length - a.length);
  const wordsOf = new Map(names.map((n) => [n, n.toLowerCase().split(/[\s,]+/).filter((w) => !['of', 'the', 'and', 'for'].includes(w))]));
  for (const short of names) {
    const sw = wordsOf.get(short)!;
    if (sw.length < 2) continue;
    const longer = names.filter((l) => l !== short && l.length > short.length && orgs.has(l));
    let long = longer.find((l) => {
      const lw = wordsOf.get(l)!;
      return lw[0] === sw[0] && lw[lw.length - 1] === sw[sw.length - 1] && sw.every((w) => lw.includes(w));
    });
    if (!long) {
      const containing = longer.filter((l) => containsRun(wordsOf.get(l)!, sw));
      if (containing.length === 1) long = containing[0];
    }
    if (!long) {
      // "Baku Office" is the "Office in Baku" of "Regional Office in Baku".
      const located = [sw[sw.length - 1], 'in', ...sw.slice(0, -1)];
      const containing = longer.filter((l) => containsRun(wordsOf.get(l)!, located));
      if (containing.length === 1) long = containing[0];
    }
    if (!long) continue;
    const from = orgs.get(short)!;
    const into = orgs.get(long)!;
    for (const f of from.forms) into.forms.add(f);
    into.texts.push(...from.texts);
    orgs.delete(short);
  }
}

/**
 * The one longer name, among those written before it, that a shorter full name is part of: its
 * start ("Mohd Zaki" of "Mohd Zaki bin Abdul Rahman"), or its end ("Ould Cheikh Ahmed" of
 * "Ibrahima Ould Cheikh Ahmed", "Morales Vidal" of "José Antonio Morales Vidal", "Ag Intalla" of
 * "Abdoulaye Ag Intalla"). Never an end from "bin": "Abdullah bin Ahmed" in "Khalid bin Abdullah
 * bin Ahmed" is the father.
 */
function longerNameOf<C>(form: string, fulls: { c: C; form: string }[]): C | undefined {
  const words = form.split(' ');
  const found = new Set<C>();
  for (const full of fulls) {
    const fw = full.form.split(' ');
    if (fw.length <= words.length) continue;
    const prefix = words.every((w, k) => fw[k] === w);
    const suffix = !PATRONYMIC_PARTICLES.has(fw[fw.length - words.length - 1].toLowerCase()) && words.every((w, k) => fw[fw.length - words.length + k] === w);
    if (prefix || suffix) found.add(full.c);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Does `words` hold `run` as consecutive words? */
function containsRun(words: string[], run: string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((w, k) => words[i + k] === w)) return true;
  return false;
}
