/**
 * Provenance of an article's entities, for `icesco show --explain`: for each surface form, the
 * pass that found it (find) and the rule that joined it to its entity's canonical name (merge).
 * Kept out of the public PersonRef/PlaceRef/OrganizationRef records.
 */
import type { EntityType } from '../../../types.js';

/** Why a surface form belongs to its entity: the merge rule (the code path) that joined it. */
export type JoinRule =
  /** The canonical name itself; for people, the same given and family names, spelling aside ("Salim Al-Malik" = "Salim AlMalik"). */
  | 'same-name'
  /** People: a given or family name one letter apart ("Abdelillah" / "Abdelilah"). */
  | 'nearly-same-spelling'
  /** People: the start or the end of a longer name written before it in the article ("Mohd Zaki" of "Mohd Zaki bin Abdul Rahman"). */
  | 'part-of-longer-name'
  /** People, one word: the family (given) name of the nearest full name before it in the article. */
  | 'surname-of-name-before'
  | 'given-name-of-name-before'
  /** People, one word: the family (given) name of a full name written later in the article. */
  | 'surname-of-name-after'
  | 'given-name-of-name-after'
  /** People, one word: the family name of the full name seen in most articles of the corpus. */
  | 'surname-elsewhere'
  /** People, one word no full name explains: an entity of its own. */
  | 'lone-name'
  /** Organizations: the acronym defined right after the name in this article ("... (ARADO)"). */
  | 'acronym-defined-here'
  /** Organizations: a bare acronym that another article defines. */
  | 'acronym-defined-elsewhere'
  /** Organizations: a variant of the name, defined with the same acronym. */
  | 'same-acronym'
  /** Organizations: a bare acronym no article defines, which compromise knows as an organization. */
  | 'known-acronym'
  /** Organizations: a shorter name with the longer one's first and last words, and only its words. */
  | 'shorter-form'
  /** Organizations: a run of the longer name's words that no other name of the article contains. */
  | 'run-of-longer-name'
  /** Organizations: "Baku Office" of "Regional Office in Baku". */
  | 'office-by-city'
  /** Organizations: "ICESCO Executive Council" of "Executive Council of the <ICESCO's full name>". */
  | 'organ-by-acronym'
  /** Places: the gazetteer's short name for the form ("Kingdom of Morocco" -> "Morocco", "City of Turkistan" -> "Turkistan"). */
  | 'place-short-name';

/** One surface form of an entity in one article. */
export interface ExplainedForm {
  /** The form as the entity's aliases list it (trimmed, honorifics removed). */
  text: string;
  /** The find pass that read it (RawEntity.pass). */
  pass: string;
  rule: JoinRule;
}

/** One entity of one article, with how each of its forms came to it. */
export interface ExplainedEntity {
  type: EntityType;
  /** The canonical name, as in the article's people / places / organizations. */
  name: string;
  /** Each distinct (text, pass, rule), in the order first met in the article. */
  forms: ExplainedForm[];
}

/** Collects an entity's forms, each distinct (text, pass, rule) once. */
export class FormLog {
  readonly forms: ExplainedForm[] = [];
  private readonly seen = new Set<string>();

  add(text: string, pass: string, rule: JoinRule): void {
    const key = `${text}\u0000${pass}\u0000${rule}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.forms.push({ text, pass, rule });
  }

  /** Takes another log's forms, with the rule `rule` for those that were its own name. */
  absorb(other: FormLog, rule: JoinRule): void {
    for (const f of other.forms) this.add(f.text, f.pass, f.rule === 'same-name' ? rule : f.rule);
  }
}
