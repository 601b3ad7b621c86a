/**
 * Faults (issue #17): inputs and accidents that must end in a correct answer or a one-line
 * message, never a hang or a mess. Deeply nested HTML reads in linear time; temporary files that
 * a killed or out-of-disk run left in the cache are removed by the next run, a live writer's never.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { AnalysisCache } from '../src/cache.js';
import { decodePage } from '../src/load.js';
import { ROOT } from './helpers/seeds.js';
import { scratchDir } from './helpers/scratch.js';

/** Writes to temporary files fail as on a full disk, after writing part of the file, while on. */
const diskFull = vi.hoisted(() => ({ on: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const writeFileSync: typeof fs.writeFileSync = (file, data, options) => {
    if (diskFull.on && String(file).endsWith('.tmp')) {
      fs.writeFileSync(file, 'partial');
      throw Object.assign(new Error(`ENOSPC: no space left on device, write '${String(file)}'`), { code: 'ENOSPC' });
    }
    fs.writeFileSync(file, data, options);
  };
  return { ...fs, writeFileSync };
});

const textOf = (html: string) => {
  const page = decodePage(Buffer.from(html), 'page.html');
  if (!('text' in page)) throw new Error(page.problem);
  return page.text;
};

describe('deeply nested HTML', () => {
  const N = 100_000;
  const body = (inner: string) => `<!doctype html><html><body>${inner}</body></html>`;

  // Each took seconds to minutes (quadratic in the depth) before the parser's stack was bounded.
  it('100,000 nested <div>s with text inside read in seconds, every block of text kept', { timeout: 20_000 }, () => {
    const text = textOf(body(`${'<div>level '.repeat(N)}the deepest text${'</div>'.repeat(N)}<p>after the divs</p>`));
    const blocks = text.trim().split('\n\n');
    expect(blocks).toHaveLength(N + 1);
    expect(blocks.at(-2)).toBe('level the deepest text');
    expect(blocks.at(-1)).toBe('after the divs');
  });

  it('100,000 unclosed <span>s and <b>s read in seconds, their text kept', { timeout: 20_000 }, () => {
    expect(textOf(body(`<p>${'<span>word '.repeat(N)}end</p>`))).toBe(`${'word '.repeat(N)}end\n`);
    expect(textOf(body(`${'<b>'.repeat(N)}<h1>A Title Deep Down</h1><p>A paragraph under it.</p>`))).toBe('A Title Deep Down\n\nA paragraph under it.\n');
  });

  // Sizes at which the unbounded parser took minutes even on a fast machine (400,000 <b>s: 50 s).
  it('400,000 unclosed tags, and as many stray end tags under them, read in seconds', { timeout: 20_000 }, () => {
    const M = 400_000;
    expect(textOf(body(`${'<b>'.repeat(M)}<h1>A Title Deep Down</h1><p>A paragraph under it.</p>`))).toBe('A Title Deep Down\n\nA paragraph under it.\n');
    expect(textOf(body(`${'<i>'.repeat(M)}kept${'</u>'.repeat(M)} too`))).toBe('kept too\n');
  });

  it('deeper than the parser is let go, chrome is still skipped, blocks still end and the stamp is still read', () => {
    const deep = 1_000;
    const html = body(
      `${'<span>'.repeat(deep)}<time datetime="2024-05-06">6 May</time><nav><ul><li>Home<li>News</ul></nav>` +
        `<h1>Deep Title</h1><script>var x = "<p>not text</p>";</script><p>First paragraph.<p>Second paragraph.` +
        `<footer><div>Copyright</div></footer><ul><li>one<li>two</ul><form><form>inner</form>still form</form>last words`,
    );
    // As htmlparser2 reads it shallow: a <form> inside a form is ignored, so the first </form> ends the outer one.
    expect(textOf(html)).toBe('date 2024-05-06\n\n6 May\n\nDeep Title\n\nFirst paragraph.\n\nSecond paragraph.\n\none\n\ntwo\n\nstill formlast words\n');
  });

  it('nesting as deep as real pages reads exactly as before (the bound is 256 levels)', () => {
    const nested = (depth: number) => body(`${'<div><section>'.repeat(depth / 2)}<nav>menu</nav>inner${'</section></div>'.repeat(depth / 2)}<aside>side</aside><p>after</p>`);
    expect(textOf(nested(250))).toBe('inner\n\nafter\n');
    expect(textOf(nested(2_000))).toBe('inner\n\nafter\n');
  });

  it('a 100,000-deep page through the CLI: its article, and no stack trace', { timeout: 30_000 }, () => {
    const dir = scratchDir('icesco-deep-html-');
    const file = join(dir, 'deep.html');
    writeFileSync(file, body(`${'<b>'.repeat(N)}<h1>Ministers Meet in Rabat on School Meals</h1><p>Rabat, 3 November 2025 — The ministers of education met in Rabat and agreed on a plan for school meals and teacher training across the region.</p>`));
    const r = spawnSync(process.execPath, ['bin/icesco.js', 'list', '--json', '--no-cache', file], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { title: string }[]).map((a) => a.title)).toEqual(['Ministers Meet in Rabat on School Meals']);
  });
});

describe('temporary files left in the cache', () => {
  /** This host's tag in temporary files' names (see cache.ts). */
  const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
  const KEY = 'a'.repeat(64);
  const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;
  const ago = (path: string, ms: number) => {
    const t = new Date(Date.now() - ms);
    utimesSync(path, t, t);
  };
  /** A cache directory holding temporary files of every kind, and a file of the user's. */
  function cacheWithTemps() {
    const dir = scratchDir('icesco-temps-');
    const tmp = join(dir, 'tmp');
    mkdirSync(tmp);
    const dead = deadPid();
    const put = (name: string, age = 0, directory = false) => {
      const path = join(tmp, name);
      if (directory) {
        mkdirSync(path);
        writeFileSync(join(path, 'head.json'), '{"icesco":');
      } else writeFileSync(path, '{"icesco":');
      if (age) ago(path, age);
      return name;
    };
    const gone = [
      put(`${KEY}.json.${dead}.${HOST}.00000001.tmp`), // its writer was killed
      put(`corpus-${KEY}.${dead}.${HOST}.00000002.tmp`, 0, true), // a corpus half written
      put(`inputs-${KEY}.json.12345.0badc0de.00000003.tmp`, 20 * 60_000), // another host's, untouched for 20 minutes
      put(`${KEY}.json.${process.pid}.${HOST}.00000004.tmp`, 25 * 3_600_000), // a pid reused: no write takes a day
    ];
    const kept = [
      put(`${KEY}.json.${process.pid}.${HOST}.00000005.tmp`, 3 * 3_600_000), // a live writer on this host, however slow
      put(`${KEY}.json.12345.0badc0de.00000006.tmp`, 60_000), // another host's, written a minute ago
    ];
    // A cache icesco made (its marker) into which the user dropped a file of their own.
    writeFileSync(join(dir, 'CACHEDIR.TAG'), 'Signature: 8a477f597d28d172789f06886806bc55\n');
    writeFileSync(join(dir, 'notes.txt'), 'a file of the user');
    return { dir, tmp, gone, kept };
  }

  it('opening the cache removes those whose writer is gone, and keeps a live writer\'s', () => {
    const { dir, tmp, kept } = cacheWithTemps();
    new AnalysisCache(dir, 'v-test');
    expect(readdirSync(tmp).sort()).toEqual(kept.sort());
    expect(existsSync(join(dir, 'notes.txt'))).toBe(true);
  });

  it('the CLI removes them too, and an older version\'s beside the entries; a run leaves none of its own', () => {
    const { dir, tmp, kept } = cacheWithTemps();
    const legacy = `${KEY}.json.${deadPid()}.00000007.tmp`;
    writeFileSync(join(dir, legacy), '{"icesco":');
    ago(join(dir, legacy), 20 * 60_000);
    const r = spawnSync(process.execPath, ['bin/icesco.js', 'list', '--json', 'seeds'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ICESCO_CACHE_DIR: dir, NO_COLOR: '1' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readdirSync(tmp).sort()).toEqual(kept.sort());
    expect(existsSync(join(dir, legacy))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a write that fails on a full disk leaves no temporary file, and says why', () => {
    const cache = new AnalysisCache(scratchDir('icesco-full-disk-'), 'v-test');
    diskFull.on = true;
    try {
      expect(() => cache.write(KEY, new Map())).toThrow(/ENOSPC/);
      expect(() => cache.writeInputs(KEY, { corpus: KEY, warnings: [] })).toThrow(/ENOSPC/);
    } finally {
      diskFull.on = false;
    }
    expect(readdirSync(join(cache.dir, 'tmp'))).toEqual([]);
    expect(cache.has(KEY)).toBe(false);
  });

  it('cache clear removes the temporary directory with the rest', () => {
    const { dir } = cacheWithTemps();
    new AnalysisCache(dir, 'v-test').clear();
    expect(readdirSync(dir).sort()).toEqual(['CACHEDIR.TAG', 'notes.txt']);
  });
});
