/**
 * Acronyms defined after a name no organization pass took: a United Nations body is an
 * organization whatever its last word ("United Nations Development Programme (UNDP)"); any other
 * name is remembered as none (a programme, an event), so that its acronym is never one.
 */
import type { Mention, Pass } from './context.js';
import { acronymAt, unitedNationsNameBefore } from './org-names.js';

export const acronymDefinitions: Pass = {
  name: 'acronym-definitions',
  reason: 'last of the organization passes: a definition the passes above did not take names no body (except a UN one)',
  run(ctx) {
    const { tokens, used } = ctx;
    const out: Mention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const def = used[i] ? null : acronymAt(tokens, i);
      if (!def || used[i + 1]) continue;
      const s = unitedNationsNameBefore(tokens, used, i, ctx.joined);
      if (s >= 0) {
        out.push({ type: 'organization', text: ctx.span(s, i - 1), start: tokens[s].start, end: tokens[i - 1].end, acronym: def.text });
        ctx.claim(s, i + 2);
      } else {
        out.push({ type: 'acronym', text: def.text, start: tokens[i + 1].start, end: tokens[i + 1].end, nonOrgAcronym: true });
        ctx.claim(i, i + 2);
      }
    }
    return out;
  },
};
