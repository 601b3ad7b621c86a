/** Output format decided in exactly one place. */
import { renderCsv } from './csv.js';
import type { Format, RecordSet, Rendered, RenderEnv } from './format.js';
import { renderJson } from './json.js';
import { renderNdjson } from './ndjson.js';
import { renderTable } from './table.js';

export * from './format.js';

export function renderRecords<T>(set: RecordSet<T>, format: Format, env: RenderEnv): Rendered {
  switch (format) {
    case 'json': return renderJson(set);
    case 'ndjson': return renderNdjson(set);
    case 'csv': return renderCsv(set);
    case 'table': return renderTable(set, env);
  }
}
