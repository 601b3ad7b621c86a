/**
 * Output formats and the record-set shape every listing command returns. The format
 * choices are derived from one list so the CLI flags and the renderers cannot drift.
 */

export const FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** Styles a table cell may ask for; the table renderer maps them to colours. */
export type CellStyle = 'date' | 'id' | 'title' | 'dim' | 'number' | 'name' | 'warning';

/**
 * One column of a table (or of the TSV a piped table becomes): how to read it from a record
 * and how it gives way on a narrow terminal (see layoutTable).
 */
export interface Column<T> {
  header: string;
  value: (record: T) => string | number | null | undefined;
  /** The column that wins (titles, names): it takes the width left over and gives way last. */
  flex?: boolean;
  max?: number;
  /** Narrowest the column may be squeezed to (default: its header's width, at least 6). */
  min?: number;
  /** An id: kept whole while other columns can shrink or go, then cut with an ellipsis down to `min`. */
  shrinkLast?: boolean;
  align?: 'left' | 'right';
  style?: CellStyle;
  /** The value is a fraction in [0, 1], drawn as a bar as wide as the column (tables only). */
  bar?: boolean;
}

/**
 * One CSV column. `name` is the JSON field the value comes from (a spreadsheet's headers read
 * like `--json`'s keys), or a derived name where JSON has no such field (`totalPages`).
 */
export interface Field<T> {
  name: string;
  /** One plain value per cell: lists are joined with "; ", ranges are two fields (start, end). */
  value: (record: T) => string | number | boolean | null | undefined;
}

/** What a listing command hands to a renderer. */
export interface RecordSet<T> {
  records: T[];
  /** What a table shows. */
  columns: Column<T>[];
  /** What CSV writes. */
  fields: Field<T>[];
  /** The record as JSON users see (field names are a public contract). */
  json: (record: T) => unknown;
  /**
   * The record's JSON stored already serialised (UTF-8, 2-space indented as inside an array), as
   * a corpus read from the cache has it: copied instead of serialising `json(record)`.
   */
  storedJson?: (record: T) => Uint8Array | undefined;
  /** Shown instead of an empty table. */
  empty: string;
}

/** What a renderer produces: text, or pieces of bytes written in order when it reuses stored JSON. */
export type Rendered = string | Uint8Array[];

/** Terminal facts the renderers need, decided once by the CLI. */
export interface RenderEnv {
  color: boolean;
  width: number;
  /**
   * Is stdout a terminal? When false a table is written as TSV, full rows and no borders, for
   * pipes; left out, it counts as a terminal.
   */
  tty?: boolean;
}

/** A list in one CSV cell: "; " between items, since names may hold commas ("Educational, Scientific and …"). */
export const listCell = (items: readonly string[]): string => items.join('; ');
