/** The CLI's loader: a CommonJS file compiled from V8's code cache when the cache is its own. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCommonJs } from '../src/codecache.js';
import { PACKAGE } from '../src/paths.js';
import { scratchDir } from './helpers/scratch.js';

/** A small CommonJS module that uses what Node gives a module: require, module, __filename. */
function moduleFile(body = "exports.answer = 'forty-two';") {
  const file = join(scratchDir('icesco-codecache-'), 'mod.js');
  writeFileSync(file, `const { basename } = require('node:path');\n${body}\nmodule.exports.name = basename(__filename);\nmodule.exports.square = (x) => x * x;\n`);
  return file;
}

describe('loadCommonJs', () => {
  it('loads the module, then writes a cache that the next load uses', () => {
    const file = moduleFile();
    const first = loadCommonJs(file);
    expect(first.cached).toBe(false);
    expect(first.exports).toMatchObject({ answer: 'forty-two', name: 'mod.js' });
    expect((first.exports.square as (x: number) => number)(7)).toBe(49);
    first.saveCache();
    expect(existsSync(`${file}.cache`)).toBe(true);
    const second = loadCommonJs(file);
    expect(second.cached).toBe(true);
    expect(second.exports).toMatchObject({ answer: 'forty-two', name: 'mod.js' });
  });

  it('never uses a cache made for another source, even one of the same length', () => {
    const file = moduleFile("exports.answer = 'forty-two';");
    loadCommonJs(file).saveCache();
    writeFileSync(file, readFileSync(file, 'utf8').replace('forty-two', 'forty-one'));
    const changed = loadCommonJs(file);
    expect(changed.cached).toBe(false);
    expect(changed.exports.answer).toBe('forty-one');
    changed.saveCache(); // and replaces it
    expect(loadCommonJs(file).cached).toBe(true);
  });

  it('compiles afresh when the cached code is damaged', () => {
    const file = moduleFile();
    loadCommonJs(file).saveCache();
    const bytes = readFileSync(`${file}.cache`);
    bytes[bytes.length - 5] ^= 0xff; // one byte of the cached code
    writeFileSync(`${file}.cache`, bytes);
    const loaded = loadCommonJs(file);
    expect(loaded.cached).toBe(false);
    expect(loaded.exports.answer).toBe('forty-two');
  });

  it('leaves no temporary file behind when the cache cannot take its place', () => {
    const file = moduleFile();
    const blocked = join(dirname(file), 'cache-dir');
    mkdirSync(join(blocked, 'inside'), { recursive: true }); // a non-empty folder where the cache would go
    loadCommonJs(file, blocked).saveCache();
    expect(readdirSync(dirname(file)).sort()).toEqual(['cache-dir', 'mod.js']);
  });

  it('runs without a cache where none can be written', () => {
    const file = moduleFile();
    const loaded = loadCommonJs(file, join(file, 'not-a-dir', 'mod.js.cache'));
    expect(() => loaded.saveCache()).not.toThrow();
    expect(loaded.exports.answer).toBe('forty-two');
  });
});

describe('PACKAGE', () => {
  it("is found above the running code: icesco's own folder and version", () => {
    const pkg = JSON.parse(readFileSync(join(PACKAGE.root, 'package.json'), 'utf8'));
    expect(pkg.name).toBe('icesco');
    expect(PACKAGE.version).toBe(pkg.version);
    expect(existsSync(join(PACKAGE.root, 'seeds'))).toBe(true);
  });
});
