/** icesco as a library: load pages, analyze them, read the records. */
export { analyze, type AnalyzeOptions } from './pipeline.js';
export { loadPages, decodePage, type LoadOptions, type LoadResult } from './load.js';
export { InputError, UsageError } from './errors.js';
export type * from './types.js';
