/**
 * better-sqlite3, loaded on first use: a native module that only `export --sqlite` and `search`
 * need, so the other commands never pay for loading it (the CLI bundle keeps it external).
 */
import type BetterSqlite3 from 'better-sqlite3';

export type Database = BetterSqlite3.Database;

let driver: typeof BetterSqlite3 | null = null;

/** Opens (or creates) a database file, or an in-memory database for ':memory:'. */
export async function openDatabase(file: string, options: { readonly?: boolean } = {}): Promise<Database> {
  if (!driver) {
    const mod = (await import('better-sqlite3')) as unknown as { default?: typeof BetterSqlite3 } & typeof BetterSqlite3;
    driver = mod.default ?? mod;
  }
  return new driver(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
}

/** Is this an error SQLite raised (as opposed to one of ours)? Its code is SQLITE_FULL, SQLITE_CANTOPEN… */
export function sqliteCode(e: unknown): string | null {
  const err = e as { name?: string; code?: unknown };
  return err?.name === 'SqliteError' && typeof err.code === 'string' ? err.code : null;
}
