/** What the words around a date say of it: shared by the rules that read them. */

/** Words before a mention (in its clause) that make it a future or scheduled date. */
const FUTURE_CONTEXT =
  /\b(?:will|shall|would|to be (?:held|organi[sz]ed|convened|launched|announced|hosted|submitted)|due to|scheduled|deadline|upcoming|forthcoming|set to|expected to|plans? to|intends? to|until|no later than)\b/i;
/** Words right after a mention that make it a deadline ("1 November 2025 as the deadline"). */
const FUTURE_AFTER = /^[^.;]{0,40}?\b(?:as (?:the|a) (?:deadline|closing date|last day)|deadline)\b/i;
/** "submitted ... before 31 August 2025", "by 15 June": a deadline. */
const DEADLINE_BEFORE = /\b(?:before|by)\s+$/i;

/** Whether the words around a mention announce it for later: a deadline, an event to be held. */
export function isFuture(before: string, after: string): boolean {
  return FUTURE_CONTEXT.test(clauseBefore(before)) || DEADLINE_BEFORE.test(before) || FUTURE_AFTER.test(after);
}

/** The clause a mention sits in, up to the mention: context further back is another clause. */
function clauseBefore(before: string): string {
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf('. '), before.lastIndexOf(', while'), before.lastIndexOf(', and'));
  return before.slice(cut + 1);
}

/** Words before a mention that make it recurring, not a dated event. */
export const RECURRING_CONTEXT = /\b(?:every|each)\s+(?:year|month|week)\b[^.;]{0,20}$|\bannually\b[^.;]{0,12}$/i;

/** The minimal span: no leading punctuation or "on/from/over", no trailing comma. */
export function cleanMentionText(text: string): string {
  return text.replace(/^[\s,;:(]+/, '').replace(/^(?:on|from|over|in|since|between|during)\s+/i, '').replace(/[\s,]+$/, '');
}
