#!/usr/bin/env node
// The naive peer icesco is measured against: stock compromise and chrono-node over each page,
// in one process, as a user would first write it. Prints one JSON summary line.
//
//   node test/bench/naive.mjs DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import nlp from 'compromise';

const dir = process.argv[2];
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
let bytes = 0;
let people = 0;
let places = 0;
let orgs = 0;
let dates = 0;
for (const f of files) {
  const text = readFileSync(join(dir, f), 'utf8');
  bytes += Buffer.byteLength(text);
  const doc = nlp(text);
  people += doc.people().out('array').length;
  places += doc.places().out('array').length;
  orgs += doc.organizations().out('array').length;
  dates += chrono.parse(text).length;
}
console.log(JSON.stringify({ pages: files.length, bytes, people, places, orgs, dates }));
