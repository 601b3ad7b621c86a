/**
 * Faults (issues #17, #19): inputs and accidents that must end in a correct answer or a one-line
 * message, never a hang or a mess. Deeply nested HTML reads in linear time; the cache database
 * survives a full disk, a killed run, two runs at once and a clear during a query.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnalysisCache } from '../src/cache.js';
import { analyzePages } from '../src/engine.js';
import { decodePage } from '../src/load.js';
import { REF, ROOT, seedPages } from './helpers/seeds.js';
import { scratchDir } from './helpers/scratch.js';

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

describe('the cache database under accidents', () => {
  const env = { ...process.env, NO_COLOR: '1' };
  const icesco = (args: string[]) => spawnSync(process.execPath, ['bin/icesco.js', ...args], { cwd: ROOT, encoding: 'utf8', env });
  /** Twenty pages of distinct text (each a seed with its years moved), so that nothing is cached. */
  function distinctPages(n = 20): string {
    const dir = scratchDir('icesco-accident-pages-');
    const seeds = readdirSync(join(ROOT, 'seeds')).sort().map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
    for (let k = 0; k < n; k++) writeFileSync(join(dir, `p${k}.txt`), seeds[k % 5].replace(/\b(20\d\d)\b/g, (y) => String(Number(y) + 1 + Math.floor(k / 5))));
    return dir;
  }

  it('a write on a full disk is one warning, the answer is a fresh run\'s, and nothing half-written stays', async () => {
    const cache = new AnalysisCache(scratchDir('icesco-full-disk-'));
    const db = cache.database();
    // The database may not grow by a single page: every write fails as on a full disk.
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const pages = seedPages().slice(0, 2);
    const warnings: string[] = [];
    const corpus = await analyzePages(pages, { cache, jobs: 1, today: REF, warn: (w) => warnings.push(w.message) });
    expect(warnings).toEqual(['cannot write the cache (SQLITE_FULL); continuing without it']);
    expect(JSON.stringify(corpus)).toBe(JSON.stringify(await analyzePages(pages, { cache: null, jobs: 1, today: REF })));
    expect(db.prepare('SELECT count(*) FROM page_analyses').pluck().get()).toBe(0);
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
  });

  it('kill -9 at any moment of a cold run, then a rerun answers as --no-cache does', { timeout: 180_000 }, async () => {
    const pages = distinctPages();
    const cache = join(scratchDir('icesco-kill-'), 'cache');
    // Killed while analysing, while storing pages, while assembling or storing the corpus.
    for (const delay of [400, 900, 1500, 2200, 3000, 4000]) {
      const child = spawn(process.execPath, ['bin/icesco.js', 'list', '--json', '--jobs', '1', '--cache-dir', cache, pages], { cwd: ROOT, env, stdio: 'ignore' });
      const timer = setTimeout(() => child.kill('SIGKILL'), delay);
      await new Promise((resolve) => child.on('close', resolve));
      clearTimeout(timer);
    }
    const cached = icesco(['list', '--json', '--quiet', '--cache-dir', cache, pages]);
    expect(cached.stderr).toBe('');
    expect(cached.stdout).toBe(icesco(['list', '--json', '--quiet', '--no-cache', pages]).stdout);
  });

  it('two runs at once on one cache both answer as --no-cache does', { timeout: 180_000 }, async () => {
    const pages = distinctPages(10);
    const cache = join(scratchDir('icesco-together-'), 'cache');
    const run = () =>
      new Promise<{ stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ['bin/icesco.js', 'list', '--json', '--jobs', '1', '--cache-dir', cache, pages], { cwd: ROOT, env });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
        child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
        child.on('close', () => resolve({ stdout, stderr }));
      });
    const [a, b] = await Promise.all([run(), run()]);
    const fresh = icesco(['list', '--json', '--quiet', '--no-cache', pages]).stdout;
    expect([a.stderr, b.stderr]).toEqual(['', '']);
    expect([a.stdout, b.stdout]).toEqual([fresh, fresh]);
    expect(icesco(['list', '--json', '--quiet', '--cache-dir', cache, pages]).stdout).toBe(fresh);
  });

  it('cache clear while a query reads the stored corpus: the query answers whole, the next run afresh', async () => {
    const dir = scratchDir('icesco-clear-during-');
    const pages = seedPages().slice(0, 2);
    const fresh = JSON.stringify(await analyzePages(pages, { cache: null, jobs: 1, today: REF }));
    await analyzePages(pages, { cache: new AnalysisCache(dir), jobs: 1, today: REF });
    // A query holds the stored corpus, and has read only its listing so far...
    const reading = await analyzePages(pages, { cache: new AnalysisCache(dir), jobs: 1, today: REF });
    expect(reading.articles.length).toBeGreaterThan(0);
    // ...when another process clears the cache.
    const cleared = icesco(['cache', 'clear', '--cache-dir', dir]);
    expect(cleared.status).toBe(0);
    expect(readdirSync(dir)).toEqual(['CACHEDIR.TAG']);
    expect(JSON.stringify(reading)).toBe(fresh); // details, texts and entities still read
    expect(JSON.stringify(await analyzePages(pages, { cache: new AnalysisCache(dir), jobs: 1, today: REF }))).toBe(fresh);
  });

  it('a cache directory icesco cannot write to: a warning, and the answer', () => {
    const dir = scratchDir('icesco-read-only-');
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    // A cache inside a regular file can never be created, even by root.
    const r = icesco(['list', '--json', '--quiet', '--cache-dir', join(file, 'cache'), 'seeds']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^icesco: warning: .*a-file\/cache: cannot write the cache \((?:SQLITE_CANTOPEN|ENOTDIR)\); continuing without it\n$/);
    expect(r.stdout).toBe(icesco(['list', '--json', '--quiet', '--no-cache', 'seeds']).stdout);
  });
});
