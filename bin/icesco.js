#!/usr/bin/env node
// The CLI as one bundled CommonJS file (dist/cjs/cli.js, made by `npm run build`): resolving
// and compiling dozens of ES modules would cost more than the answer on a warm cache, and a
// CommonJS file can be compiled from V8's code cache (see src/codecache.ts). This file is
// CommonJS too (bin/package.json), which spares Node's ES module loader at start-up. The
// analysis bundles beside the CLI (analysis.js, worker.js, stages/dates.js, with compromise and
// chrono-node) load only when something is not cached.
'use strict';
const { join } = require('node:path');
const { loadCommonJs } = require('../dist/cjs/codecache.js');

const cli = loadCommonJs(join(__dirname, '..', 'dist', 'cjs', 'cli.js'));
cli.exports.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  cli.saveCache();
});
