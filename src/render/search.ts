/**
 * Search hits on a terminal: for each, its date, id and score, its title, and the snippet of its
 * body around the match, wrapped to the terminal's width, matched words in bold red (ripgrep's
 * colours) or, without colour, between [ and ]. Piped, hits are TSV rows like any table's
 * (see commands/search.ts), with the [ ] markers.
 */
import { HIT_END, HIT_START, type SearchHit } from '../sqlite/search.js';
import type { RenderEnv } from './format.js';
import { chalkFor, sanitize, styleCell } from './table.js';

/** Lines of snippet shown per hit, at most. */
const SNIPPET_LINES = 3;
/** The snippet's indent under its title. */
const INDENT = '  ';

/** Matched words between [ and ]: how a snippet reads without colour (piped, NO_COLOR, JSON, CSV). */
export function bracketHits(marked: string): string {
  return marked.split(HIT_START).join('[').split(HIT_END).join(']');
}

/** Characters shown, the markers not counted. */
const visible = (s: string) => [...s].filter((c) => c !== HIT_START && c !== HIT_END).length;

/** Cuts a marked string to `width` visible characters, ending it with an ellipsis when cut (an open mark is closed). */
function fit(marked: string, width: number): string {
  if (visible(marked) <= width) return marked;
  let out = '';
  let shown = 0;
  let open = false;
  for (const c of marked) {
    if (c === HIT_START || c === HIT_END) {
      open = c === HIT_START;
      out += c;
    } else if (shown < width - 1) {
      out += c;
      shown++;
    } else break;
  }
  return `${out}${open ? HIT_END : ''}…`;
}

/** Words wrapped into lines of at most `width` visible characters (a longer word is cut). */
function wrap(marked: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of marked.split(' ')) {
    if (!word) continue;
    if (line && visible(line) + 1 + visible(word) > width) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line} ${word}` : fit(word, width);
  }
  if (line) lines.push(line);
  return lines;
}

/** The hits for a terminal `env.width` wide; `empty` when there are none. */
export function renderSearchHits(hits: SearchHit[], env: RenderEnv, empty: string): string {
  if (hits.length === 0) return `${empty}\n`;
  const chalk = chalkFor(env);
  const width = Math.max(20, env.width);
  // A line's marks as colour, a mark left open at its end carried to the next line.
  let open = false;
  const paint = (marked: string, base: (s: string) => string = (s) => s): string => {
    if (!env.color) return base(bracketHits(marked));
    let out = '';
    for (const piece of marked.split(/(\uE000|\uE001)/)) {
      if (piece === HIT_START) open = true;
      else if (piece === HIT_END) open = false;
      else if (piece) out += open ? chalk.bold.red(piece) : base(piece);
    }
    return out;
  };
  const blocks = hits.map((h) => {
    open = false;
    const head = [styleCell(chalk, 'date', h.date ?? '—'), styleCell(chalk, 'id', sanitize(h.id)), styleCell(chalk, 'number', h.score.toFixed(2))].join('  ');
    // Without colour the brackets take room too: they are put in before measuring.
    const plain = (s: string) => (env.color ? sanitize(s) : bracketHits(sanitize(s)));
    const title = paint(fit(plain(h.markedTitle), width), chalk.bold);
    open = false;
    const snippet = wrap(plain(h.snippet), width - INDENT.length);
    const shown = snippet.length > SNIPPET_LINES ? [...snippet.slice(0, SNIPPET_LINES - 1), fit(snippet[SNIPPET_LINES - 1], width - INDENT.length - 1) + (snippet[SNIPPET_LINES - 1].endsWith('…') ? '' : '…')] : snippet;
    return [head, title, ...shown.map((l) => `${INDENT}${paint(l)}`)].join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}
