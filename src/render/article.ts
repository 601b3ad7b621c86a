/** `icesco show` as text: header, entities, and the body with entity mentions highlighted. */
import type { Article } from '../types.js';
import type { RenderEnv } from './format.js';
import { chalkFor, sanitize } from './table.js';

/** Wraps a paragraph to `width` columns. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function renderArticle(a: Article, env: RenderEnv): string {
  const chalk = chalkFor(env);
  const width = Math.max(40, Math.min(env.width, 100));
  const out: string[] = [];
  out.push(chalk.bold(sanitize(a.title)));
  const dated = a.date ? `${a.date} (${a.dateSource}${a.dateText ? `: ${sanitize(a.dateText)}` : ''})` : 'undated';
  out.push(chalk.dim(`${a.id} · ${dated} · ${sanitize(a.source)}`));
  if (a.duplicates.length) out.push(chalk.dim(`also published as: ${a.duplicates.join(', ')}`));
  out.push('');
  const line = (label: string, values: string[]) => values.length && out.push(`${chalk.bold(label.padEnd(14))}${sanitize(values.join('; '))}`);
  line('People', a.people.map((p) => (p.roles.length ? `${p.name} (${p.roles[0]})` : p.name)));
  line('Places', a.places.map((p) => p.name));
  line('Organizations', a.organizations.map((o) => (o.aliases.length ? `${o.name} (${o.aliases.join(', ')})` : o.name)));
  line('Dates', a.dates.map((d) => `${d.text} = ${d.end ? `${d.start}..${d.end}` : d.start}`));
  out.push('');
  // Highlight every surface form, longest first so "Salim M. AlMalik" wins over "AlMalik".
  const forms: [string, (s: string) => string][] = [];
  for (const p of a.people) for (const f of [p.name, ...p.aliases]) forms.push([f, chalk.green]);
  for (const p of a.places) forms.push([p.name, chalk.cyan]);
  for (const o of a.organizations) for (const f of [o.name, ...o.aliases]) forms.push([f, chalk.yellow]);
  forms.sort((x, y) => y[0].length - x[0].length);
  const pattern = env.color && forms.length ? new RegExp(`(?<![\\p{L}])(${forms.map(([f]) => escapeRe(f)).join('|')})(?![\\p{L}])`, 'gu') : null;
  const colourOf = new Map(forms);
  for (const paragraph of a.text.split('\n\n')) {
    for (const l of wrap(sanitize(paragraph), width)) out.push(pattern ? l.replace(pattern, (m) => (colourOf.get(m) ?? ((s: string) => s))(m)) : l);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
