/** `icesco export --sqlite FILE`: the analysed corpus as a SQLite database (see sqlite/schema.ts, docs/sqlite.md). */
import { InputError } from '../errors.js';
import { checkTarget, DatabaseFileError, writeDatabaseFile, type WrittenCounts } from '../sqlite/export.js';
import type { Corpus } from '../types.js';

/** What `export --json` prints: the file written and how many rows of each kind it holds. */
export interface ExportSummary extends WrittenCounts {
  file: string;
  /** Size of the file written. */
  bytes: number;
}

/** Fails early (before any analysis) when the file cannot be written: a directory, or a file already there without --force. */
export function checkExportTarget(file: string, force: boolean): void {
  try {
    checkTarget(file, force);
  } catch (e) {
    throw e instanceof DatabaseFileError ? new InputError(e.message) : e;
  }
}

/** Writes the corpus to `file` (atomically; replacing a file only with `force`); a file that cannot be written is an InputError naming it. */
export async function exportSqlite(corpus: Corpus, file: string, options: { force: boolean; icescoVersion: string; pause?: () => Promise<void> }): Promise<ExportSummary> {
  try {
    const { bytes, ...counts } = await writeDatabaseFile(corpus, file, options);
    return { file, ...counts, bytes };
  } catch (e) {
    throw e instanceof DatabaseFileError ? new InputError(e.message) : e;
  }
}

/** The summary in a line: "wrote corpus.sqlite: 50 articles, 120 people, 80 places, 60 organizations, 312 dates (1.2 MB)". */
export function describeExport(s: ExportSummary): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const size = s.bytes >= 1 << 20 ? `${(s.bytes / (1 << 20)).toFixed(1)} MB` : `${Math.max(1, Math.round(s.bytes / 1024))} KB`;
  return `wrote ${s.file}: ${[n(s.articleCount, 'article', 'articles'), n(s.personCount, 'person', 'people'), n(s.placeCount, 'place', 'places'), n(s.organizationCount, 'organization', 'organizations'), n(s.mentionCount, 'mention', 'mentions'), n(s.dateCount, 'date', 'dates')].join(', ')} (${size})\n`;
}
