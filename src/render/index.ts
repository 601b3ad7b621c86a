/** Output format decided in exactly one place. */
import { renderCsv } from './csv.js';
import type { Format, RecordSet, Rendered, RenderEnv } from './format.js';
import { renderJson } from './json.js';
import { renderNdjson } from './ndjson.js';
import { renderTable, renderTsv } from './table.js';

export * from './format.js';

export function renderRecords<T>(set: RecordSet<T>, format: Format, env: RenderEnv): Rendered {
  switch (format) {
    case 'json': return renderJson(set);
    case 'ndjson': return renderNdjson(set);
    case 'csv': return renderCsv(set);
    // A table piped to another program is cut to no width: whole rows, as TSV.
    case 'table': return env.tty === false ? renderTsv(set) : renderTable(set, env);
  }
}
