/**
 * Tables for people: cli-table3 with chalk, fitted to the terminal width (the flex column is
 * truncated with an ellipsis, never wrapped), colour only when the CLI says so. Control
 * characters from the input are neutralised so a page cannot drive the terminal.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { CellStyle, Column, RecordSet, RenderEnv } from './format.js';

/** Removes terminal escapes and control characters; tabs and newlines become spaces. */
export function sanitize(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/\u001b[\]P^_][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g, '').replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
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

/** Column widths that fit `width`: fixed columns fit their content, the flex one takes the rest. */
export function fitWidths<T>(columns: Column<T>[], rows: string[][], width: number): number[] {
  const natural = columns.map((c, i) => Math.max([...c.header].length, ...rows.map((r) => [...r[i]].length), 1));
  const widths = columns.map((c, i) => Math.min(natural[i], c.max ?? (c.flex ? Infinity : 40)));
  // Each column costs 3 characters of borders and padding, plus one for the table's edge.
  const overhead = columns.length * 3 + 1;
  const flex = columns.findIndex((c) => c.flex);
  const minFlex = flex >= 0 ? Math.min(natural[flex], 24) : 0;
  const fixedSum = () => widths.reduce((n, w, i) => (i === flex ? n : n + w), 0);
  // Shrink the widest fixed columns (not below their minimum) until the flex column gets a useful width.
  while (fixedSum() + overhead + minFlex > width) {
    let widest = -1;
    widths.forEach((w, i) => {
      if (i !== flex && w > (columns[i].min ?? 6) && (widest < 0 || w > widths[widest])) widest = i;
    });
    if (widest < 0) break;
    widths[widest]--;
  }
  if (flex >= 0) widths[flex] = Math.max(Math.min(minFlex, 8), Math.min(natural[flex], width - overhead - fixedSum()));
  return widths;
}

/** A horizontal bar of `fraction` × `width` cells, in eighths of a cell. */
export function bar(fraction: number, width: number): string {
  const eighths = Math.round(Math.max(0, Math.min(1, fraction)) * width * 8);
  const partial = eighths % 8 ? '▏▎▍▌▋▊▉'[(eighths % 8) - 1] : '';
  return '█'.repeat(Math.floor(eighths / 8)) + partial;
}

/** Rows per cli-table3 table (see renderTable). */
export const TABLE_ROWS = 32;

/** Width of a table with these column widths, borders and padding included. */
const tableWidth = (widths: number[]) => widths.reduce((a, b) => a + b, 0) + widths.length * 3 + 1;

export function renderTable<T>(full: RecordSet<T>, env: RenderEnv, rowsPerTable = TABLE_ROWS): string {
  if (full.records.length === 0) return `${full.empty}\n`;
  // On a narrow terminal, columns go from the right (never the first or the flex one) until the
  // table fits.
  let set = full;
  for (;;) {
    const texts = set.records.map((r) => set.columns.map((c) => (c.bar ? '' : text(c.value(r)))));
    const droppable = set.columns.map((c, i) => i > 0 && !c.flex).lastIndexOf(true);
    if (tableWidth(fitWidths(set.columns, texts, env.width)) <= env.width || droppable < 0) break;
    set = { ...set, columns: set.columns.filter((_, i) => i !== droppable) };
  }
  const chalk = chalkFor(env);
  // Bars take whatever width is left: measure them as empty, draw them once widths are known.
  const rows = set.records.map((r) => set.columns.map((c) => (c.bar ? '' : text(c.value(r)))));
  const widths = fitWidths(set.columns, rows, env.width);
  set.columns.forEach((c, i) => {
    if (c.bar) {
      widths[i] = Math.max(1, env.width - (set.columns.length * 3 + 1) - widths.reduce((n, w, k) => (k === i ? n : n + w), 0));
      set.records.forEach((r, k) => (rows[k][i] = bar(Number(c.value(r)) || 0, widths[i])));
    }
  });
  const options = {
    colWidths: widths.map((w) => w + 2),
    colAligns: set.columns.map((c) => c.align ?? 'left'),
    wordWrap: false,
    style: { head: [], border: [], compact: true, 'padding-left': 1, 'padding-right': 1 },
  };
  const cells = rows.map((row) => row.map((v, i) => styleCell(chalk, set.columns[i].style, truncate(v, widths[i]))));
  // cli-table3 lays a table out in time quadratic in its cells (9,000 rows took 6 s), so the
  // rows are drawn in tables of TABLE_ROWS, joined where one's bottom border meets the next's
  // top: every row is one line (no wrapping, control characters removed) and the widths are
  // fixed, so the result is the same as one table's.
  const drawn: string[] = [];
  for (let start = 0; start === 0 || start < cells.length; start += rowsPerTable) {
    const table = new Table(start === 0 ? { ...options, head: set.columns.map((c, i) => chalk.bold(truncate(c.header, widths[i]))) } : options);
    for (const row of cells.slice(start, start + rowsPerTable)) table.push(row);
    const lines = table.toString().split('\n');
    if (start > 0) lines.shift(); // the top border: the previous table's bottom one stands for it
    if (start + rowsPerTable < cells.length) lines.pop(); // the bottom border, unless the last
    drawn.push(...lines);
  }
  return `${drawn.join('\n')}\n`;
}
