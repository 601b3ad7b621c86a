/** `icesco show` as text: header, entities, and the body with entity mentions highlighted. */
import type { Article, EntityType } from '../types.js';
import type { RenderEnv } from './format.js';
import { chalkFor, sanitize } from './table.js';

/** Wraps a paragraph to `width` columns. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  // A word longer than the line (a path, a URL) is cut into pieces that fit.
  const words = text.split(/\s+/).flatMap((w) => (w.length <= width ? [w] : w.match(new RegExp(`.{1,${width}}`, 'gu')) ?? [w]));
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The page an article came from, as a reader says it ("-" is stdin). */
const sourceName = (source: string) => (source === '-' ? 'stdin' : sanitize(source));

export function renderArticle(a: Article, env: RenderEnv): string {
  const chalk = chalkFor(env);
  const width = Math.max(20, Math.min(env.width, 100));
  const out: string[] = [];
  // Header lines use the whole terminal; the body is set to a readable measure.
  const full = Math.max(20, env.width);
  for (const l of wrap(sanitize(a.title), full)) out.push(chalk.bold(l));
  const dated = a.date ? `${a.date} (${a.dateSource}${a.dateText ? `: ${sanitize(a.dateText)}` : ''})` : 'undated';
  for (const l of wrap(`${a.id} · ${dated} · ${sourceName(a.source)}`, full)) out.push(chalk.dim(l));
  if (a.duplicates.length) for (const l of wrap(`also published as: ${a.duplicates.join(', ')}`, full)) out.push(chalk.dim(l));
  out.push('');
  const line = (label: string, values: string[]) => {
    if (!values.length) return;
    // Wrapped to the terminal, continuation lines indented under the first value.
    wrap(sanitize(values.join('; ')), Math.max(10, full - 14)).forEach((l, i) => out.push(`${i === 0 ? chalk.bold(label.padEnd(14)) : ' '.repeat(14)}${l}`));
  };
  line('People', a.people.map((p) => (p.roles.length ? `${p.name} (${p.roles[0]})` : p.name)));
  line('Places', a.places.map((p) => p.name));
  line('Organizations', a.organizations.map((o) => (o.aliases.length ? `${o.name} (${o.aliases.join(', ')})` : o.name)));
  line('Dates', a.dates.map((d) => `${d.text} = ${d.end ? `${d.start}..${d.end}` : d.start}`));
  out.push('');
  // Highlight every surface form, longest first so "Salim M. AlMalik" wins over "AlMalik".
  const forms: [string, (s: string) => string][] = [];
  for (const p of a.people) for (const f of [p.name, ...p.aliases]) forms.push([f, chalk.green]);
  for (const p of a.places) for (const f of [p.name, ...p.aliases]) forms.push([f, chalk.cyan]);
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

/**
 * `icesco show --explain`: each entity with its forms, the pass that found each and the merge rule
 * that joined it; each date with the parser that read it and the refiners that changed it.
 */
export function renderArticleExplanation(a: Article, env: RenderEnv): string {
  const chalk = chalkFor(env);
  const full = Math.max(40, env.width);
  const out = [chalk.bold(sanitize(a.title)), chalk.dim(`${a.id} · ${sourceName(a.source)} · form: found by pass · joined by rule`)];
  const explain = a.explain ?? { entities: [], dates: [] };
  const fit = (s: string) => (s.length > full ? `${s.slice(0, full - 1)}…` : s);
  const groups: [string, EntityType][] = [['People', 'person'], ['Places', 'place'], ['Organizations', 'organization']];
  for (const [label, type] of groups) {
    const entities = explain.entities.filter((e) => e.type === type);
    if (!entities.length) continue;
    out.push('', chalk.bold(label));
    for (const e of entities) {
      out.push(fit(`  ${sanitize(e.name)}`));
      const width = Math.min(40, Math.max(...e.forms.map((f) => sanitize(f.text).length)));
      for (const f of e.forms) out.push(fit(`    ${sanitize(f.text).padEnd(width)}  ${chalk.cyan(f.pass)} · ${f.rule}`));
    }
  }
  if (explain.dates.length) {
    out.push('', chalk.bold('Dates'));
    for (const d of explain.dates) {
      const value = d.end ? `${d.start}..${d.end}` : d.start;
      out.push(fit(`  ${sanitize(d.text)} = ${value}  ${chalk.cyan(d.rule)}${d.refinedBy.length ? ` · ${d.refinedBy.join(', ')}` : ''}`));
    }
  }
  if (!explain.entities.length && !explain.dates.length) out.push('', 'no entities or dates');
  return `${out.join('\n')}\n`;
}

/** `icesco show --lines`: the article's lines on its page, each with the class it got; removed ones dimmed. */
export function renderArticleLines(a: Article, env: RenderEnv): string {
  const chalk = chalkFor(env);
  const full = Math.max(40, env.width);
  const out = [chalk.bold(sanitize(a.title)), chalk.dim(`${a.id} · ${sourceName(a.source)} · line, class (removed lines dimmed)`), ''];
  const lines = a.lines ?? [];
  const numberWidth = String(Math.max(0, ...lines.map((l) => l.line))).length;
  for (const l of lines) {
    const head = `${String(l.line).padStart(numberWidth)}  ${l.class.padEnd(14)}  `;
    const text = sanitize(l.text);
    const room = Math.max(10, full - head.length);
    const shown = text.length > room ? `${text.slice(0, room - 1)}…` : text;
    out.push(l.removed ? chalk.dim(`${head}${shown}`) : `${chalk.cyan(head)}${shown}`);
  }
  return `${out.join('\n')}\n`;
}
