/**
 * Corpus-wide summaries, one per entity, in order of first mention whatever the type: articles,
 * mentions, first and last dates, aliases, and a person's latest role.
 */
import type { EntitySummary, EntityType } from '../../../types.js';
import { byCodeUnits } from '../../../text.js';
import type { ArticleMentions } from './types.js';

type Summary = EntitySummary & { aliasSet: Set<string>; roleDate: string | null; firstNote: [string, number] };

/** What one article says of one entity: its mentions' forms, and (a person) the role it gives first. */
export interface EntityNote {
  type: EntityType;
  name: string;
  texts: string[];
  role?: string;
  /** A place's country, as the summary shows it. */
  extra?: Partial<EntitySummary>;
}

/** Does a role given on `date` ('' undated) replace the person's role so far? The latest wins; ties: code units. */
export function replacesRole(date: string, role: string, current: { date: string; role: string } | null): boolean {
  return current === null || date > current.date || (date === current.date && byCodeUnits(role, current.role) < 0);
}

/** One entity's key among every type's. */
export const summaryKey = (type: EntityType, name: string) => `${type}\u0000${name}`;

export class Summaries {
  private readonly list: Summary[] = [];
  private readonly byType: Record<EntityType, Map<string, Summary>> = { person: new Map(), place: new Map(), organization: new Map() };

  /** Counts one article's notes, in order. */
  add(article: ArticleMentions, notes: EntityNote[]): void {
    notes.forEach((n, k) => {
      this.note(n.type, n.name, article, n.texts, n.extra, k);
      if (n.type === 'person') this.noteRole(n.name, article, n.role);
    });
  }

  /** Counts one article's mentions (`texts`) of an entity. */
  note(type: EntityType, name: string, article: ArticleMentions, texts: string[], extra?: Partial<EntitySummary>, noteIndex = 0): void {
    let s = this.byType[type].get(name);
    if (!s) {
      s = { name, type, aliases: [], articleCount: 0, mentions: [], mentionCount: 0, firstSeen: null, lastSeen: null, articleIds: [], aliasSet: new Set(), roleDate: null, firstNote: [article.id, noteIndex], ...extra };
      this.byType[type].set(name, s);
      this.list.push(s);
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
  }

  /** A person's role in an article: the one of the latest article that gives one wins (undated ones count as oldest); ties: code units. */
  noteRole(name: string, article: ArticleMentions, role: string | undefined): void {
    const s = this.byType.person.get(name)!;
    const date = article.date ?? '';
    if (role && replacesRole(date, role, s.roleDate === null ? null : { date: s.roleDate, role: s.role! })) {
      s.role = role;
      s.roleDate = date;
    }
  }

  /**
   * Per entity (by summaryKey), where it is first noted (its first article's id, and the note's
   * place among that article's), and, for a person, the date of the article its role is from:
   * what the cache keeps to place and update a summary when articles come and go.
   */
  positions(): Map<string, { firstNote: [string, number]; roleDate: string | null }> {
    return new Map(this.list.map((s) => [summaryKey(s.type, s.name), { firstNote: s.firstNote, roleDate: s.roleDate }]));
  }

  /** The summaries, aliases sorted. */
  done(): EntitySummary[] {
    return this.list.map(({ aliasSet, roleDate, firstNote, ...s }) => {
      void roleDate;
      void firstNote;
      const summary: EntitySummary = { ...s, aliases: [...aliasSet].sort() };
      if (s.type === 'person') summary.role = s.role ?? null;
      return summary;
    });
  }
}
