/** The build's version stamp: trusted while current, ignored once any built file is newer. */
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisFiles, computeVersions, stampedVersions, writeStamp } from '../src/versions.js';
import { scratchDir } from './helpers/scratch.js';

/** A miniature dist/ with the files the analysis version reads. */
function fakeDist(): string {
  const dist = join(scratchDir('icesco-versions-'), 'dist');
  mkdirSync(join(dist, 'stages', 'entities'), { recursive: true });
  for (const f of ['stages/entities/find.js', 'stages/entities/merge.js', 'stages/entities/index.js', 'stages/dates.js', 'stages/dedupe.js', 'analysis.js', 'pipeline.js', 'corpus.js', 'text.js', 'cli.js']) writeFileSync(join(dist, f), `// ${f}\n`);
  // As a bare `tsc` leaves them: analysis.js and the modules it imports.
  writeFileSync(join(dist, 'analysis.js'), "import { parseDates } from './stages/dates.js';\nimport { articleMentionsMany } from './stages/entities/index.js';\n");
  // A bundle in CommonJS requires what stays outside it.
  writeFileSync(join(dist, 'stages', 'entities', 'index.js'), "const find = require(\"./find.js\");\nimport '../../text.js';\n");
  writeFileSync(join(dist, 'pipeline.js'), "import { analyzeArticles } from './analysis.js';\nimport { assemble } from './corpus.js';\n");
  return dist;
}

describe('analysis version', () => {
  it('covers analysis.js and what it imports, transitively, and nothing else', () => {
    const dist = fakeDist();
    const files = analysisFiles(dist).map((f) => relative(dist, f).split(sep).join('/'));
    expect(files.sort()).toEqual(['analysis.js', 'stages/dates.js', 'stages/entities/find.js', 'stages/entities/index.js', 'text.js']);
  });
});

describe('version stamp', () => {
  it('is absent until written, then equals the hashes of the files', () => {
    const dist = fakeDist();
    expect(stampedVersions(dist)).toBeNull();
    writeStamp(dist);
    expect(stampedVersions(dist)).toEqual(computeVersions(dist));
  });

  it('is ignored once a built file is newer than it (a rebuild without the stamp step)', () => {
    const dist = fakeDist();
    writeStamp(dist);
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dist, 'cli.js'), later, later);
    expect(stampedVersions(dist)).toBeNull();
  });

  it('keys page entries only by the per-article code: merging, assembling and the CLI may change freely', () => {
    const dist = fakeDist();
    const before = computeVersions(dist);
    for (const f of ['stages/entities/merge.js', 'corpus.js', 'pipeline.js', 'cli.js']) writeFileSync(join(dist, f), '// changed\n');
    const after = computeVersions(dist);
    expect(after.analysis).toBe(before.analysis);
    expect(after.code).not.toBe(before.code);
    writeFileSync(join(dist, 'stages', 'dates.js'), '// changed\n');
    const datesChanged = computeVersions(dist).analysis;
    expect(datesChanged).not.toBe(before.analysis);
    writeFileSync(join(dist, 'analysis.js'), '// changed: a new compromise inside the bundle, say\n');
    expect(computeVersions(dist).analysis).not.toBe(datesChanged);
  });
});
