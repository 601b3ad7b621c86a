#!/usr/bin/env node
// The CLI as one bundled CommonJS file (dist/cjs/cli.js, made by `npm run build`): resolving
// and compiling dozens of ES modules would cost more than the answer on a warm cache, and a
// CommonJS file can be compiled from V8's code cache (see src/codecache.ts). The analysis
// bundles beside it (analysis.js, worker.js, stages/dates.js, with compromise and chrono-node)
// load only when something is not cached.
import { fileURLToPath } from 'node:url';
import { loadCommonJs } from '../dist/codecache.js';

const cli = loadCommonJs(fileURLToPath(new URL('../dist/cjs/cli.js', import.meta.url)));
process.exitCode = await cli.exports.main(process.argv.slice(2));
cli.saveCache();
