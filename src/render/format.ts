/**
 * Output formats and the record-set shape every listing command returns. The format
 * choices are derived from one list so the CLI flags and the renderers cannot drift.
 */
import type { StoredBytes } from '../types.js';

export const FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** Styles a table cell may ask for; the table renderer maps them to colours. */
export type CellStyle = 'date' | 'id' | 'title' | 'dim' | 'number' | 'name' | 'warning';

/** One column of a table or CSV: how to read it from a record and how wide it may grow. */
export interface Column<T> {
  header: string;
  value: (record: T) => string | number | null | undefined;
  /** The column that takes the width left over (titles); others fit their content up to `max`. */
  flex?: boolean;
  max?: number;
  /** Narrowest the column may be squeezed to on a small terminal (default 6). */
  min?: number;
  align?: 'left' | 'right';
  style?: CellStyle;
  /** The value is a fraction in [0, 1], drawn as a bar as wide as the column. */
  bar?: boolean;
  /** Shown in tables only (a bar), not in CSV. */
  tableOnly?: boolean;
}

/** What a listing command hands to a renderer. */
export interface RecordSet<T> {
  records: T[];
  columns: Column<T>[];
  /** The record as JSON users see (field names are a public contract). */
  json: (record: T) => unknown;
  /**
   * Where the record's JSON is stored already serialised (UTF-8, 2-space indented as inside an
   * array), as a corpus read from the cache has it: copied instead of serialising `json(record)`.
   */
  storedJson?: (record: T) => StoredBytes | undefined;
  /** Shown instead of an empty table. */
  empty: string;
}

/** What a renderer produces: text, or pieces written in order when it reuses stored bytes. */
export type Rendered = string | Array<Uint8Array | StoredBytes>;

/** Terminal facts the renderers need, decided once by the CLI. */
export interface RenderEnv {
  color: boolean;
  width: number;
}
