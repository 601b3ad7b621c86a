/**
 * The lexicon as a compromise plugin: each class a tag (under its parent class), and every word
 * of a class tagged with it (and its parents) wherever compromise reads it.
 *
 * The words are tagged by a compute step that runs after compromise's own tagger, not through
 * `words`: a word in `words` replaces compromise's own entry, and its reading of the text changes
 * with it (given "he" as a list of tags, compromise read "He" as a person's honorific, and "the
 * King Faisal Prize" as a person), where a lexicon's job is only to say what its words are.
 */
import { ancestors, CLASSES, keyOf } from './classes.js';

interface Term {
  text: string;
  normal: string;
  tags: Set<string>;
}

export interface CompromisePlugin {
  tags: Record<string, { isA?: string }>;
  compute: Record<string, (view: { docs: Term[][] }) => void>;
  hooks: string[];
}

/** One form's tags; a form written with capitals ("HE", "Dr.") is matched as written ("He" is no honorific). */
interface Entry {
  words: string[];
  cased: boolean;
  tags: string[];
}

const bare = (s: string) => s.replace(/\.$/, '');

/** The entries by their first word's key. */
function tagTable(knownTags: Record<string, unknown>): Map<string, Entry[]> {
  const table = new Map<string, Entry[]>();
  for (const c of CLASSES) {
    // Of compromise's own tags, only #Honorific, which ours are: the others its reading decides.
    const tags = ancestors(c.tag).filter((t) => !(t in knownTags) || t === 'Honorific');
    if (!tags.length) continue;
    for (const w of c.words) {
      const words = w.split(' ');
      const list = table.get(keyOf(words[0])) ?? [];
      list.push({ words, cased: /\p{Lu}/u.test(w), tags });
      table.set(keyOf(words[0]), list);
    }
  }
  return table;
}

/** `knownTags`: compromise's own tags, which the plugin never redefines. */
export function lexiconPlugin(knownTags: Record<string, unknown>): CompromisePlugin {
  const tags: CompromisePlugin['tags'] = {};
  for (const c of CLASSES) {
    const parent = typeof c.isA === 'string' ? c.isA : c.isA?.[0];
    if (!(c.tag in knownTags)) tags[c.tag] = parent ? { isA: parent } : {};
  }
  const table = tagTable(knownTags);
  const matches = (e: Entry, terms: Term[], i: number) =>
    e.words.every((w, j) => {
      const t = terms[i + j];
      return !!t && (e.cased ? bare(t.text) === bare(w) : keyOf(t.normal) === keyOf(w) || keyOf(t.text) === keyOf(w));
    });
  const icescoLexicon = (view: { docs: Term[][] }) => {
    for (const terms of view.docs)
      for (let i = 0; i < terms.length; i++)
        for (const k of new Set([keyOf(terms[i].normal), keyOf(terms[i].text)]))
          for (const e of table.get(k) ?? []) if (matches(e, terms, i)) for (let j = 0; j < e.words.length; j++) for (const t of e.tags) terms[i + j].tags.add(t);
  };
  return { tags, compute: { icescoLexicon }, hooks: ['icescoLexicon'] };
}
