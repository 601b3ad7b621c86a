/**
 * The corpus-wide summaries of the entities some articles name, updated when those articles'
 * entities change, join or leave the corpus: each from its stored summary, without the
 * contributions of the articles read again or gone, with those of the articles read now, as
 * Summaries (entities/merge/summaries.ts) would count them over the whole corpus.
 */
import type { Database } from '../database.js';
import { replacesRole, summaryKey, type EntityNote } from '../stages/entities/merge/summaries.js';
import type { Article, EntityMention, EntitySummary, EntityType } from '../types.js';
import { comparePlaces, prepacked, unpackMentions, type PackedMentions, type Place } from '../store.js';

/** Where an entity is first noted, and (a person) its role's date: see Summaries.positions. */
export interface Position {
  firstNote: [string, number];
  roleDate: string | null;
}

/** An article's place in the corpus (page, then place on the page): summaries list articles in this order. */
export type Order = Place;

export interface SummaryContext {
  db: Database;
  /** The corpus the summaries are read from. */
  base: number;
  /** Any kept article's place, old or new. */
  orderOf(id: string): Order;
  /** An old kept article's stored details (dates, people, places, organizations) and date. */
  storedOf(id: string): { details: [Article['dates'], Article['people'], Article['places'], Article['organizations']]; date: string | null };
}

export interface SummaryChange {
  /** Per entity touched (summaryKey): its new summary and position, or null when no article names it any more. */
  summaries: Map<string, { summary: EntitySummary; position: Position } | null>;
}

/** An old article's notes, in the order merging makes them (people, organizations, places), from its stored details. */
function storedNotes(details: ReturnType<SummaryContext['storedOf']>['details']): { type: EntityType; name: string; role?: string }[] {
  const [, people, places, organizations] = details;
  return [...people.map((p) => ({ type: 'person' as const, name: p.name, role: p.roles[0] })), ...organizations.map((o) => ({ type: 'organization' as const, name: o.name })), ...places.map((p) => ({ type: 'place' as const, name: p.name }))];
}

/**
 * The summaries after the old contributions of `removed` (old kept articles read again, or
 * gone) are taken out and those of `added` (articles read now, with their notes and dates) put in.
 */
export function updateSummaries(ctx: SummaryContext, removed: Set<string>, added: Map<string, { notes: EntityNote[]; date: string | null }>): SummaryChange {
  const { db } = ctx;
  const touched = new Map<string, { type: EntityType; name: string }>();
  for (const id of removed) for (const n of storedNotes(ctx.storedOf(id).details)) touched.set(summaryKey(n.type, n.name), n);
  const namedByRemoved = new Set(touched.keys());
  for (const { notes } of added.values()) for (const n of notes) touched.set(summaryKey(n.type, n.name), n);

  const storedSummary = db.prepare('SELECT p.summary, p.mentions, p.article_ids FROM entities e JOIN entity_payloads p ON p.id = e.payload WHERE e.corpus = ? AND e.type = ? AND e.name = ?').raw();
  const storedPosition = db.prepare('SELECT first_article, first_note, role_date FROM update_entities WHERE type = ? AND name = ?').raw();
  const dateOf = (id: string) => (added.has(id) ? added.get(id)!.date : ctx.storedOf(id).date);
  const addedByOrder = [...added.keys()].sort((a, b) => compareOrder(ctx.orderOf(a), ctx.orderOf(b)));
  const summaries: SummaryChange['summaries'] = new Map();

  for (const [key, { type, name }] of touched) {
    const row = storedSummary.get(ctx.base, type, name) as [string, string, string] | undefined;
    const old = row ? (JSON.parse(row[0]) as EntitySummary) : null;
    const oldIds = row ? (JSON.parse(row[2]) as string[]) : [];
    const oldPacked = row ? (JSON.parse(row[1]) as PackedMentions | EntityMention[]) : null;
    const [firstArticle, firstNote, roleDate] = (row ? storedPosition.get(type, name) : undefined) as [string, number, string | null] | undefined ?? [null, 0, null];
    const noteOf = new Map<string, EntityNote>();
    for (const id of addedByOrder) {
      const note = added.get(id)!.notes.find((n) => n.type === type && n.name === name);
      if (note) noteOf.set(id, note);
    }

    let ids: string[];
    let mentions: { list: EntityMention[] } | { packed: PackedMentions };
    const firstNew = noteOf.keys().next().value;
    if (oldPacked && !Array.isArray(oldPacked) && oldIds.length && !namedByRemoved.has(key) && firstNew !== undefined && compareOrder(ctx.orderOf(oldIds[oldIds.length - 1]), ctx.orderOf(firstNew)) < 0) {
      // The articles read now all come after the old ones (a page added last), and none of the
      // old ones is read again: the mentions are appended to their stored, packed form, not
      // unpacked into objects and packed again (ICESCO's are 100,000s in a large archive).
      ids = [...oldIds];
      const textAt = new Map(oldPacked.texts.map((t, i) => [t, i]));
      for (const [id, note] of noteOf) {
        const at = ids.push(id) - 1;
        for (const text of note.texts) {
          let t = textAt.get(text);
          if (t === undefined) textAt.set(text, (t = oldPacked.texts.push(text) - 1));
          oldPacked.pairs.push(t, at);
        }
      }
      mentions = { packed: oldPacked };
    } else {
      // Each article's mentions (contiguous, in article order), without the removed articles'.
      const textsOf = new Map<string, string[]>();
      for (const m of oldPacked ? unpackMentions(oldPacked, oldIds) : []) if (!removed.has(m.article)) (textsOf.get(m.article) ?? textsOf.set(m.article, []).get(m.article)!).push(m.text);
      // The articles read now, placed among the others by bisection (each probe one article's place).
      ids = oldIds.filter((id) => !removed.has(id));
      for (const id of noteOf.keys()) {
        const order = ctx.orderOf(id);
        // (Most often after them all: a page added last.)
        if (!ids.length || compareOrder(ctx.orderOf(ids[ids.length - 1]), order) < 0) {
          ids.push(id);
          textsOf.set(id, noteOf.get(id)!.texts);
          continue;
        }
        let lo = 0;
        let hi = ids.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (compareOrder(ctx.orderOf(ids[mid]), order) < 0) lo = mid + 1;
          else hi = mid;
        }
        ids.splice(lo, 0, id);
        textsOf.set(id, noteOf.get(id)!.texts);
      }
      mentions = { list: ids.flatMap((id) => textsOf.get(id)!.map((text) => ({ text, article: id }))) };
    }
    if (ids.length === 0) {
      summaries.set(key, null);
      continue;
    }

    // The old articles that no longer name it (an article read again that still does keeps its
    // date and, if the same, its role).
    const gone = oldIds.filter((id) => removed.has(id) && !noteOf.has(id));
    // First and last dates: from the old ones and the new articles', unless an article gone held
    // one of them (then from every article's date).
    let firstSeen = old?.firstSeen ?? null;
    let lastSeen = old?.lastSeen ?? null;
    const datesLost = gone.some((id) => dateOf(id) !== null && (dateOf(id) === firstSeen || dateOf(id) === lastSeen));
    if (datesLost) [firstSeen, lastSeen] = [null, null];
    const datesFrom = datesLost ? ids : [...noteOf.keys()];
    for (const id of datesFrom) {
      const date = dateOf(id);
      if (!date) continue;
      if (!firstSeen || date < firstSeen) firstSeen = date;
      if (!lastSeen || date > lastSeen) lastSeen = date;
    }

    // A person's role: the latest article's that gives one (see Summaries.noteRole).
    let role: { role: string; date: string } | null = old?.role && roleDate !== null ? { role: old.role, date: roleDate } : null;
    const storedRole = (id: string) => storedNotes(ctx.storedOf(id).details).find((n) => n.type === 'person' && n.name === name)?.role;
    const roleOf = (id: string) => (noteOf.has(id) ? noteOf.get(id)!.role : storedRole(id));
    const lost = (id: string) => removed.has(id) && storedRole(id) === role!.role && (dateOf(id) ?? '') === role!.date && noteOf.get(id)?.role !== role!.role;
    const roleLost = type === 'person' && role !== null && oldIds.some(lost);
    if (roleLost) role = null;
    const roleFrom = roleLost ? ids : [...noteOf.keys()];
    if (type === 'person')
      for (const id of roleFrom) {
        const r = roleOf(id);
        const date = dateOf(id) ?? '';
        if (r && replacesRole(date, r, role)) role = { role: r, date };
      }

    // Where it is first noted.
    let position: Position['firstNote'] = firstArticle !== null && firstArticle === ids[0] && !noteOf.has(ids[0]) ? [firstArticle, firstNote] : [ids[0], -1];
    if (position[1] < 0) {
      const notes = noteOf.has(ids[0]) ? added.get(ids[0])!.notes : storedNotes(ctx.storedOf(ids[0]).details);
      position = [ids[0], notes.findIndex((n) => n.type === type && n.name === name)];
    }

    // (A packed form's texts are its mentions' distinct texts.)
    const aliases = ('list' in mentions ? [...new Set(mentions.list.map((m) => m.text))] : mentions.packed.texts).filter((t) => t !== name).sort();
    // (A place's country, as its first article notes it: the old first article noted what the old
    // summary holds; another old one, what its stored details hold.)
    const extra = noteOf.get(ids[0])?.extra ?? (type === 'place' ? placeExtra(old, oldIds, ids[0], name, ctx) : [...noteOf.values()][0]?.extra);
    const mentionCount = 'list' in mentions ? mentions.list.length : mentions.packed.pairs.length / 2;
    const summary: EntitySummary = { name, type, aliases, articleCount: ids.length, mentions: 'list' in mentions ? mentions.list : [], mentionCount, firstSeen, lastSeen, articleIds: ids, ...extra };
    if ('packed' in mentions) {
      // Stored as it is packed; unpacked only if something reads the mentions.
      const { packed } = mentions;
      prepacked.set(summary, packed);
      Object.defineProperty(summary, 'mentions', { enumerable: true, configurable: true, get: () => unpackMentions(packed, ids) });
    }
    if (type === 'person') summary.role = role?.role ?? null;
    summaries.set(key, { summary, position: { firstNote: position, roleDate: type === 'person' ? role?.date ?? null : null } });
  }
  return { summaries };
}

/** A place's country as `first`, an old article not read now, notes it. */
function placeExtra(old: EntitySummary | null, oldIds: string[], first: string, name: string, ctx: SummaryContext): Partial<EntitySummary> {
  if (old && oldIds[0] === first) return { country: old.country, countryName: old.countryName };
  const place = ctx.storedOf(first).details[2].find((p) => p.name === name);
  return { country: place?.country, countryName: place?.countryName };
}

export const compareOrder = comparePlaces;
