#!/usr/bin/env node
// The CLI as one bundled file (dist/cli.bundle.js, made by `npm run build`): resolving and
// compiling dozens of modules would cost more than the answer on a warm cache. The analysis
// modules (dist/pipeline.js, dist/worker.js, dist/stages/dates.js, each bundled with compromise
// or chrono-node) stay outside it and load only when something is not cached.
import { main } from '../dist/cli.bundle.js';
process.exitCode = await main(process.argv.slice(2));
