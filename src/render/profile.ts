/** `icesco who` as text. */
import type { Profile } from '../commands/who.js';
import type { RenderEnv } from './format.js';
import { chalkFor, sanitize, truncate } from './table.js';

export function renderProfile(p: Profile, env: RenderEnv): string {
  const chalk = chalkFor(env);
  const width = Math.max(40, env.width);
  const out: string[] = [];
  const fit = (s: string) => truncate(sanitize(s), width);
  out.push(chalk.bold(fit(`${p.name} (${p.type})`)));
  if (p.aliases.length) out.push(fit(`also: ${p.aliases.join(', ')}`));
  out.push(chalk.dim(fit(`${p.mentionCount} mentions in ${p.articles.length} articles, ${p.firstSeen ?? '?'} to ${p.lastSeen ?? '?'}`)));
  if (p.roles.length) {
    out.push('', chalk.bold('Roles'));
    for (const r of p.roles) {
      const when = r.firstSeen === r.lastSeen ? `${r.firstSeen ?? 'undated'}` : `${r.firstSeen} – ${r.lastSeen}`;
      out.push(fit(`  ${when.padEnd(23)}  ${r.role} (${r.articleCount} article${r.articleCount === 1 ? '' : 's'})`));
    }
  }
  out.push('', chalk.bold('Articles'));
  // Colour goes on after cutting to width, so an escape sequence is never cut in half.
  for (const a of p.articles) out.push(fit(`  ${a.date ?? 'undated   '}  ${a.id}  ${a.title}`).replace(/^( {2}\S+)/, (d) => chalk.cyan(d)));
  const group = (label: string, list: Profile['people']) => {
    if (!list.length) return;
    out.push('', chalk.bold(label));
    out.push(fit(`  ${list.map((c) => `${c.name} (${c.articleCount})`).join(', ')}`));
  };
  group('With people', p.people);
  group('Places', p.places);
  group('Organizations', p.organizations);
  return `${out.join('\n')}\n`;
}
