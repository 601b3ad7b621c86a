/**
 * People across the corpus. A full name (two name words or more) is keyed by its given and family
 * names, spelling-insensitively ("Salim M. AlMalik" = "Salim Al Malik" = "Salim Al-Malik"; given
 * names one letter apart, "Abdelillah"/"Abdelilah", match; middle names, when both have one, must
 * be the same). A single word ("AlMalik", "Mr. Erlan") joins the nearest preceding full name in
 * the same article whose family name, or else given name, it is; failing that, the full name with
 * that family name seen in most articles of the corpus (ties: most mentions, then the name first
 * in code-unit order). A shorter full name that starts a longer one in the same article, or ends
 * it from a family particle on, is that person ("Mohd Zaki", "Ould Cheikh Ahmed"). Two people who
 * share only a given name stay apart. The canonical name is the form written most often (ties:
 * the longest, then the first in code-unit order).
 *
 * Nothing depends on the order of the articles: full names are grouped in an order of their own
 * (most articles, most mentions, code-unit order), every tie breaks on the names, and names are
 * chosen once every article has been read.
 */
import { byCodeUnits } from '../../../text.js';
import { PATRONYMIC_PARTICLES } from '../lexicon/words.js';
import { cleanSurface, nameKey, nearlySame, singleKey, type NameKey } from '../normalise.js';
import { mostWritten } from './acronyms.js';
import { articleNames, isFullName } from './dependencies.js';
import { FormLog, type JoinRule } from './explain.js';
import type { ArticleMentions } from './types.js';

export interface PersonCluster {
  /** Rank of the cluster's first full name in the order full names are grouped in; -1 for a single word's. */
  id: number;
  key: NameKey;
  /** Keys of every full form in the cluster. */
  keys: NameKey[];
  forms: Map<string, number>;
  /** Mentions of its full forms. */
  mentions: number;
}

/** A person in one article: the forms written, the roles given, and how each form joined. */
export interface ArticlePerson {
  forms: Set<string>;
  roles: string[];
  /** Every mention's form, in order. */
  texts: string[];
  log: FormLog;
}

/** Can two full names be one person? */
function samePerson(a: NameKey, b: NameKey): boolean {
  return (
    a.given !== null && b.given !== null &&
    // One letter of transliteration apart in one part, never both ("Abdelillah"/"Abdelilah", "Benarfa"/"Benarafa").
    ((a.family === b.family && nearlySame(a.given, b.given)) || (a.given === b.given && a.family.length >= 6 && nearlySame(a.family, b.family))) &&
    // Different middle names (patronymics: "bin Salman" / "bin Nayef") are different people.
    (!a.middle || !b.middle || a.middle === b.middle)
  );
}

const index = (m: Map<string, PersonCluster[]>, k: string, c: PersonCluster) => {
  const list = m.get(k) ?? [];
  if (!list.includes(c)) list.push(c);
  m.set(k, list);
};

/** How often a full name is written across the corpus (what grouping and naming people read). */
export interface FullNameCount {
  /** Articles writing it (as a full name, honorifics aside). */
  articles: number;
  /** Its mentions there. */
  mentions: number;
  /** Its mentions written as a full name as they stand (honorifics included): what names a person. */
  fullMentions: number;
}

/**
 * What the corpus says of full names: each one's counts, and how many articles write any of a
 * set of them as they stand (a person's articles). Made from the articles (nameCounts), or kept
 * up to date in the cache as articles come and go.
 */
export interface NameCounts {
  names: Map<string, FullNameCount>;
  articlesOfAny(forms: string[]): number;
}

/** The full names of some articles, counted. */
export function nameCounts(articles: ArticleMentions[]): NameCounts {
  const names = new Map<string, FullNameCount>();
  const fullArticlesOf = new Map<string, Set<number>>();
  const known = new Map<string, boolean>();
  const isFull = (text: string) => known.get(text) ?? known.set(text, isFullName(text)).get(text)!;
  for (let i = 0; i < articles.length; i++)
    for (const [form, { m1, m2 }] of articleNames(articles[i].entities, isFull)) {
      const count = names.get(form) ?? names.set(form, { articles: 0, mentions: 0, fullMentions: 0 }).get(form)!;
      count.articles++;
      count.mentions += m1;
      count.fullMentions += m2;
      if (m2) (fullArticlesOf.get(form) ?? fullArticlesOf.set(form, new Set()).get(form)!).add(i);
    }
  return {
    names,
    articlesOfAny(forms) {
      const all = new Set<number>();
      for (const f of forms) for (const i of fullArticlesOf.get(f) ?? []) all.add(i);
      return all.size;
    },
  };
}

export class PersonIndex {
  private readonly clusters: PersonCluster[] = [];
  /** Clusters indexed by family and by given name: a match shares one of the two exactly. */
  private readonly byFamilyKey = new Map<string, PersonCluster[]>();
  private readonly byGivenKey = new Map<string, PersonCluster[]>();
  /** A name is looked up once per mention, in thousands of articles: its key, and its cluster. */
  private readonly keys = new Map<string, NameKey>();
  private readonly clusterByName = new Map<string, PersonCluster>();
  /**
   * A name's cluster can change only when a cluster gains a key with its family or given name
   * (samePerson needs one of the two equal): only those names are forgotten then.
   */
  private readonly rememberedByPart = new Map<string, string[]>();
  private readonly canonicalName = new Map<PersonCluster, string>();
  private readonly articleCounts = new Map<PersonCluster, number>();

  /**
   * The people of a corpus, from its full names' counts alone: which cluster a name joins
   * depends on the clusters before it, so full names are grouped in an order of the corpus's
   * own, never the pages': most articles, most mentions, code units. A cluster's forms are
   * counted by their mentions as written.
   */
  constructor(private readonly counts: NameCounts) {
    const grouping = [...counts.names].sort(([x, a], [y, b]) => b.articles - a.articles || b.mentions - a.mentions || byCodeUnits(x, y));
    for (const [name] of grouping) this.clusterOfFull(name);
    // A name placed before a cluster gained a key sharing its given or family name was forgotten
    // (it may belong to an earlier cluster now): placed again, in the same order, until every
    // name stays. The people are then settled, whatever order articles ask for them in.
    for (let settled = false; !settled; ) {
      settled = true;
      for (const [name] of grouping)
        if (!this.clusterByName.has(name)) {
          settled = false;
          this.clusterOfFull(name);
        }
    }
    for (const [name, count] of grouping) {
      if (count.fullMentions === 0) continue;
      const c = this.clusterOfFull(name);
      c.forms.set(name, count.fullMentions);
      c.mentions += count.fullMentions;
    }
  }

  /** A person's articles: those writing one of its full forms as it stands. */
  private articlesOf(c: PersonCluster): number {
    return this.articleCounts.get(c) ?? this.articleCounts.set(c, this.counts.articlesOfAny([...c.forms.keys()])).get(c)!;
  }

  /** Every full name's cluster, by name (for comparing two corpora's people). */
  clusterNames(): Map<string, PersonCluster> {
    const all = new Map<string, PersonCluster>();
    for (const name of this.counts.names.keys()) all.set(name, this.clusterOfFull(name));
    return all;
  }

  private keyOf(name: string): NameKey {
    let key = this.keys.get(name);
    if (!key) this.keys.set(name, (key = nameKey(name)));
    return key;
  }

  /** A full name: given and family names. */
  isFull(text: string): boolean {
    return this.keyOf(text).given !== null;
  }

  private partsOf(key: NameKey): string[] {
    return key.given === null ? [`f${key.family}`] : [`f${key.family}`, `g${key.given}`];
  }

  private remember(name: string, key: NameKey, c: PersonCluster): void {
    this.clusterByName.set(name, c);
    for (const part of this.partsOf(key)) {
      const names = this.rememberedByPart.get(part);
      if (names) names.push(name);
      else this.rememberedByPart.set(part, [name]);
    }
  }

  private forgetNamesLike(key: NameKey): void {
    for (const part of this.partsOf(key)) {
      for (const name of this.rememberedByPart.get(part) ?? []) this.clusterByName.delete(name);
      this.rememberedByPart.delete(part);
    }
  }

  clusterOfFull(name: string): PersonCluster {
    const known = this.clusterByName.get(name);
    if (known) return known;
    const key = this.keyOf(name);
    const candidates = [...(this.byFamilyKey.get(key.family) ?? []), ...(this.byGivenKey.get(key.given ?? '') ?? [])].sort((a, b) => a.id - b.id);
    let c = candidates.find((x) => x.keys.some((k) => samePerson(k, key)));
    if (!c) this.clusters.push((c = { id: this.clusters.length, key, keys: [], forms: new Map(), mentions: 0 }));
    if (!c.keys.some((k) => k.given === key.given && k.family === key.family && k.middle === key.middle)) {
      c.keys.push(key);
      index(this.byFamilyKey, key.family, c);
      if (key.given) index(this.byGivenKey, key.given, c);
      this.forgetNamesLike(key);
    }
    this.remember(name, key, c);
    return c;
  }

  /** The canonical name; asked once every article's people are known, so a single word's cluster has all its forms too. */
  canonical(c: PersonCluster): string {
    let name = this.canonicalName.get(c);
    if (name === undefined) {
      name = mostWritten(c.forms);
      this.canonicalName.set(c, name);
    }
    return name;
  }

  /**
   * Of the full names with this family name, the one a bare family name means outside their
   * articles: written in most articles, then most often, then first by name, then the first to bear it.
   */
  likeliestOfFamily(family: string): PersonCluster | undefined {
    const clusters = this.byFamilyKey.get(family) ?? [];
    if (clusters.length < 2) return clusters[0];
    // (A person whose full names are never written as they stand has no canonical name, and no articles or mentions to rank it by.)
    const name = (c: PersonCluster) => (c.forms.size ? this.canonical(c) : '');
    const before = (x: PersonCluster, y: PersonCluster) => this.articlesOf(y) - this.articlesOf(x) || y.mentions - x.mentions || byCodeUnits(name(x), name(y)) || clusters.indexOf(x) - clusters.indexOf(y);
    // A person's articles are counted (a query each, in an update) only while they could beat
    // the best so far: never more than the articles writing any of its forms (hundreds of people
    // share "Al Thani").
    const atMost = (c: PersonCluster) => [...c.forms.keys()].reduce((n, form) => n + (this.counts.names.get(form)?.articles ?? 0), 0);
    const bounds = new Map(clusters.map((c) => [c, atMost(c)]));
    let best: PersonCluster | undefined;
    for (const c of [...clusters].sort((x, y) => bounds.get(y)! - bounds.get(x)!)) {
      if (best && bounds.get(c)! < this.articlesOf(best)) break;
      if (!best || before(c, best) < 0) best = c;
    }
    return best;
  }

  /**
   * The people of one article, each with its forms and roles (shortened by `shortRole`); a single
   * word that joins no full name is a person of its own, one per word across the corpus (`lone`).
   */
  ofArticle(article: ArticleMentions, shortRole: (role: string) => string, lone: LoneNames): Map<PersonCluster, ArticlePerson> {
    const mentions = article.entities;
    const people = new Map<PersonCluster, ArticlePerson>();
    const fullsSoFar: { c: PersonCluster; at: number }[] = [];
    const addPerson = (c: PersonCluster, form: string, pass: string, rule: JoinRule, role?: string) => {
      const p = people.get(c) ?? { forms: new Set<string>(), roles: [], texts: [], log: new FormLog() };
      p.forms.add(form);
      p.texts.push(form);
      p.log.add(form, pass, rule);
      if (role) {
        const r = shortRole(role);
        if (!p.roles.includes(r)) p.roles.push(r);
      }
      people.set(c, p);
    };
    const articleFulls = mentions.filter((e) => e.type === 'person' && this.isFull(e.text)).map((e) => ({ c: this.clusterOfFull(cleanSurface(e.text)), at: e.start, form: cleanSurface(e.text) }));
    for (const e of mentions) {
      if (e.type !== 'person') continue;
      const form = cleanSurface(e.text);
      if (this.isFull(form)) {
        // A shorter form introduced with a role of its own is a person of its own ("Mr. Ahmed Hassan, Dean").
        const longer = e.role ? undefined : longerNameOf(form, articleFulls.filter((f) => f.at < e.start));
        const c = longer ?? this.clusterOfFull(form);
        fullsSoFar.push({ c, at: e.start });
        // ('same-name' until the canonical name is known: see fullNameRule.)
        addPerson(c, form, e.pass, longer ? 'part-of-longer-name' : 'same-name', e.role);
        continue;
      }
      const k = singleKey(form);
      const byFamily = (list: { c: PersonCluster }[]) => list.filter((x) => x.c.keys.some((key) => key.family === k || nearlySame(key.family, k)));
      const byGiven = (list: { c: PersonCluster }[]) => list.filter((x) => x.c.keys.some((key) => key.given === k));
      const preceding = [...fullsSoFar].reverse();
      const paths: [() => PersonCluster | undefined, JoinRule][] = [
        [() => byFamily(preceding)[0]?.c, 'surname-of-name-before'],
        [() => byGiven(preceding)[0]?.c, 'given-name-of-name-before'],
        [() => byFamily(articleFulls)[0]?.c, 'surname-of-name-after'],
        [() => byGiven(articleFulls)[0]?.c, 'given-name-of-name-after'],
        [() => this.likeliestOfFamily(k), 'surname-elsewhere'],
      ];
      let joined = false;
      for (const [path, rule] of paths) {
        const hit = path();
        if (!hit) continue;
        addPerson(hit, form, e.pass, rule, e.role);
        joined = true;
        break;
      }
      if (joined) continue;
      addPerson(lone.note(k, form), form, e.pass, 'lone-name', e.role);
    }
    return people;
  }

  /** How a full form joined its cluster: the canonical's given and family names, or names one letter apart. */
  fullNameRule(form: string, canonical: string): JoinRule {
    const a = this.keyOf(form);
    const b = this.keyOf(canonical);
    return a.given === b.given && a.family === b.family ? 'same-name' : 'nearly-same-spelling';
  }
}

/**
 * People named by a single word that joins no full name ("Erlan" alone): one per word
 * (singleKey) across the corpus, named by the form written most often. Counted as articles are
 * read (`counted`: the corpus's articles, each read once), or given as counted before (the cache's
 * counts for the whole corpus, when only some articles are read again).
 */
export class LoneNames {
  private readonly clusters = new Map<string, PersonCluster>();
  constructor(private readonly counted?: Map<string, Map<string, number>>) {}

  /** The person a single word stands for, its mention counted (unless counts were given). */
  note(k: string, form: string): PersonCluster {
    let c = this.clusters.get(k);
    if (!c) this.clusters.set(k, (c = { id: -1, key: nameKey(form), keys: [nameKey(form)], forms: new Map(this.counted?.get(k) ?? []), mentions: 0 }));
    if (!this.counted) c.forms.set(form, (c.forms.get(form) ?? 0) + 1);
    return c;
  }

  /** Every word's forms, counted. */
  counts(): Map<string, Map<string, number>> {
    return new Map([...this.clusters].map(([k, c]) => [k, c.forms]));
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
    if (prefix || suffix || byInitials(words, fw)) found.add(full.c);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * Is the form the full name's given names by their initials, then its family name ("I.E.
 * Qureshi", "I. E. Qureshi" of "Imtinan Elahi Qureshi")?
 */
function byInitials(words: string[], full: string[]): boolean {
  const letters = words.slice(0, -1).join('').match(/^(?:\p{Lu}\.)+$/u) ? words.slice(0, -1).join('').replace(/\./g, '') : '';
  if (!letters || full[full.length - 1] !== words[words.length - 1]) return false;
  const given = full.slice(0, -1);
  return given.length === letters.length && given.every((g, k) => g[0] === letters[k]);
}
