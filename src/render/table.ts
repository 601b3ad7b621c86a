/**
 * Tables for people: cli-table3 with chalk, fitted to the terminal width with the title first
 * (cells are cut with an ellipsis, never wrapped), colour only when the CLI says so; and the
 * same rows as TSV when stdout is a pipe. Control characters from the input are neutralised so
 * a page cannot drive the terminal.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { CellStyle, Column, RecordSet, RenderEnv } from './format.js';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** Removes terminal escapes and control characters; tabs and newlines (U+2028/9 too) become spaces. */
export function sanitize(s: string): string {
  // (Most cells have none of these characters: one scan finds that, where the three replaces scan thrice.)
  if (!CONTROL.test(s)) return s;
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/\u001b[\]P^_][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g, '').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
}

/** Cuts a string to `width` characters, ending it with an ellipsis when cut. */
export function truncate(s: string, width: number): string {
  const chars = [...s];
  if (chars.length <= width) return s;
  return width <= 1 ? '…'.slice(0, width) : `${chars.slice(0, width - 1).join('')}…`;
}

export function chalkFor(env: RenderEnv): ChalkInstance {
  return new Chalk({ level: env.color ? 1 : 0 });
}

export function styleCell(chalk: ChalkInstance, style: CellStyle | undefined, s: string): string {
  switch (style) {
    case 'date': return chalk.cyan(s);
    case 'id': return chalk.dim(s);
    case 'dim': return chalk.dim(s);
    case 'name': return chalk.bold(s);
    case 'number': return chalk.yellow(s);
    case 'warning': return chalk.red(s);
    default: return s;
  }
}

const text = (v: unknown) => sanitize(v === null || v === undefined ? '' : String(v));

/** Width of a string in characters (code points). */
const len = (s: string) => [...s].length;

/** Width the winning (flex) column keeps while other columns can give way: 30, or FLEX_SHARE of a wide terminal. */
export const FLEX_FLOOR = 30;
const FLEX_SHARE = 0.5;
/** Narrowest the winning column gets before the first column (a date) gives way to it. */
const KEY_FLOOR = 20;
/** Narrowest the winning column gets when nothing else can give way any more. */
const FLEX_MIN = 8;

/** The columns a table shows (indices into the set's columns, in order) and their widths. */
export interface Layout {
  columns: number[];
  widths: number[];
}

/**
 * Which columns a table shows and how wide, to fit `width` with the winning (flex) column
 * readable. Columns empty in every row are left out. Then, until the flex column has its floor
 * (FLEX_FLOOR, or FLEX_SHARE of a wide terminal, or less when its longest cell is shorter), in order:
 *   1. other columns shrink, the widest first, down to their `min` (places cut with "…");
 *   2. they go, from the right (the first column stays: it is the row's key, a date or a name);
 *   3. the first column goes when the flex column would be left with less than KEY_FLOOR (at 60
 *      columns, the date gives way), since ids (`shrinkLast`) are never cut: a user copies them;
 * and when that is not enough either, the flex column goes below its floor, and ids go from the
 * right only when even FLEX_MIN does not fit. Every layout is tried from the columns' natural
 * widths, so a column that went gives its room back to the others.
 */
export function layoutTable<T>(columns: Column<T>[], rows: string[][], width: number): Layout {
  const natural = columns.map((c, i) => Math.min(rows.reduce((n, r) => Math.max(n, len(r[i])), Math.max(len(c.header), 1)), c.max ?? (c.flex ? Infinity : 40)));
  const minOf = (i: number) => Math.min(natural[i], columns[i].min ?? Math.max(6, len(columns[i].header)));
  const flex = columns.findIndex((c) => c.flex);
  const floor = flex < 0 ? 0 : Math.min(natural[flex], Math.max(FLEX_FLOOR, Math.round(width * FLEX_SHARE)));
  const ordinary = (i: number) => i !== flex && !columns[i].shrinkLast;
  // Bars are measured empty: they are drawn once the widths are known.
  let shown = columns.map((_, i) => i).filter((i) => i === 0 || i === flex || columns[i].bar || rows.some((r) => r[i] !== ''));

  const attempt = (squeezeIds: boolean) => {
    const widths = new Map(shown.map((i) => [i, natural[i]]));
    // What is left for the flex column (the whole slack when there is none): 3 characters of
    // borders and padding per column, one for the table's edge.
    const room = () => width - (shown.length * 3 + 1) - shown.reduce((n, i) => (i === flex ? n : n + widths.get(i)!), 0);
    const squeeze = (which: (i: number) => boolean) => {
      while (room() < floor) {
        let widest = -1;
        for (const i of shown) if (which(i) && widths.get(i)! > minOf(i) && (widest < 0 || widths.get(i)! > widths.get(widest)!)) widest = i;
        if (widest < 0) return;
        widths.set(widest, widths.get(widest)! - 1);
      }
    };
    squeeze(ordinary);
    if (squeezeIds) squeeze((i) => columns[i].shrinkLast === true);
    return { widths, room: room() };
  };
  const lastOf = (which: (i: number) => boolean) => [...shown].reverse().find((i) => i !== shown[0] && i !== flex && which(i));
  const drop = (i: number) => (shown = shown.filter((k) => k !== i));

  let fit = attempt(false);
  for (let i = lastOf(ordinary); fit.room < floor && i !== undefined; i = lastOf(ordinary)) {
    drop(i);
    fit = attempt(false);
  }
  // Ids are never cut: the first column (a date) gives way instead when the title would be left too little.
  if (fit.room < Math.min(floor, KEY_FLOOR) && shown[0] !== flex && !columns[shown[0]].shrinkLast && shown.some((i) => columns[i].shrinkLast)) {
    shown = shown.slice(1);
    fit = attempt(false);
  }
  for (let i = lastOf(() => true); fit.room < Math.min(floor, FLEX_MIN) && i !== undefined; i = lastOf(() => true)) {
    drop(i);
    fit = attempt(true);
  }
  if (flex >= 0) fit.widths.set(flex, Math.max(Math.min(natural[flex], FLEX_MIN), Math.min(natural[flex], fit.room)));
  return { columns: shown, widths: shown.map((i) => fit.widths.get(i)!) };
}

/** A horizontal bar of `fraction` × `width` cells, in eighths of a cell. */
export function bar(fraction: number, width: number): string {
  const eighths = Math.round(Math.max(0, Math.min(1, fraction)) * width * 8);
  const partial = eighths % 8 ? '▏▎▍▌▋▊▉'[(eighths % 8) - 1] : '';
  return '█'.repeat(Math.floor(eighths / 8)) + partial;
}

/** Rows per cli-table3 table (see renderTable). */
export const TABLE_ROWS = 32;

/** A table for a terminal `env.width` wide (see layoutTable). */
export function renderTable<T>(set: RecordSet<T>, env: RenderEnv, rowsPerTable = TABLE_ROWS): string {
  if (set.records.length === 0) return `${set.empty}\n`;
  const texts = set.records.map((r) => set.columns.map((c) => (c.bar ? '' : text(c.value(r)))));
  const layout = layoutTable(set.columns, texts, env.width);
  const columns = layout.columns.map((i) => set.columns[i]);
  const widths = layout.widths;
  const rows = texts.map((row) => layout.columns.map((i) => row[i]));
  const chalk = chalkFor(env);
  // A bar takes whatever width is left, drawn once the other widths are known.
  columns.forEach((c, i) => {
    if (c.bar) {
      widths[i] = Math.max(1, env.width - (columns.length * 3 + 1) - widths.reduce((n, w, k) => (k === i ? n : n + w), 0));
      set.records.forEach((r, k) => (rows[k][i] = bar(Number(c.value(r)) || 0, widths[i])));
    }
  });
  const options = {
    colWidths: widths.map((w) => w + 2),
    colAligns: columns.map((c) => c.align ?? 'left'),
    wordWrap: false,
    style: { head: [], border: [], compact: true, 'padding-left': 1, 'padding-right': 1 },
  };
  const cells = rows.map((row) => row.map((v, i) => styleCell(chalk, columns[i].style, truncate(v, widths[i]))));
  // cli-table3 lays a table out in time quadratic in its cells (9,000 rows took 6 s), so the
  // rows are drawn in tables of TABLE_ROWS, joined where one's bottom border meets the next's
  // top: every row is one line (no wrapping, control characters removed) and the widths are
  // fixed, so the result is the same as one table's.
  const drawn: string[] = [];
  for (let start = 0; start === 0 || start < cells.length; start += rowsPerTable) {
    const table = new Table(start === 0 ? { ...options, head: columns.map((c, i) => chalk.bold(truncate(c.header, widths[i]))) } : options);
    for (const row of cells.slice(start, start + rowsPerTable)) table.push(row);
    const lines = table.toString().split('\n');
    if (start > 0) lines.shift(); // the top border: the previous table's bottom one stands for it
    if (start + rowsPerTable < cells.length) lines.pop(); // the bottom border, unless the last
    drawn.push(...lines);
  }
  return `${drawn.join('\n')}\n`;
}

/**
 * A table for a pipe: a header row and one line per record, cells separated by tabs, nothing
 * cut, no borders, no colour (`icesco list | grep Kazakhstan` sees whole titles; `cut -f3`
 * finds the same column whatever the rows hold, so no column is left out; bars are). Tabs,
 * newlines and control characters in values become spaces. No records: the header row alone.
 */
export function renderTsv<T>(set: RecordSet<T>): string {
  const columns = set.columns.filter((c) => !c.bar);
  const lines = [columns.map((c) => text(c.header)), ...set.records.map((r) => columns.map((c) => text(c.value(r))))];
  return lines.map((cells) => `${cells.join('\t')}\n`).join('');
}
