/**
 * The entity reader an update starts from a startup snapshot (reader.ts, reader-process.ts):
 * what it reads must be what a fresh load of the same code reads, on real pages; a process that
 * cannot start or that dies is reported so that the engine reads its articles itself; and it
 * does not outlive the CLI. Runs the built code (dist/).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepare, type ArticleText } from '../dist/corpus.js';
import { readEntities } from '../dist/analysis.js';
import { READER_ENDED, ReaderProcess, readerSnapshot } from '../dist/reader-process.js';
import { CONTEXT } from './helpers/context.js';
import { ROOT, seedPages } from './helpers/seeds.js';
import { scratchDir } from './helpers/scratch.js';

/** The articles of the seeds and of the real pages from other sites, as an update sends them. */
function realArticles(): ArticleText[] {
  const dir = join(ROOT, 'test', 'real', 'pages');
  const real = readdirSync(dir).sort().map((f) => ({ source: f, name: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8') }));
  return prepare([...seedPages(), ...real], CONTEXT).byPage.flat().map((a) => ({ title: a.title, paragraphs: a.paragraphs, datelineTexts: a.datelineTexts, ...(a.bylineNames ? { bylineNames: a.bylineNames } : {}) }));
}

/** Sends the batches to a reader; resolves with its replies in order, or rejects with its error. */
function readAll(reader: ReaderProcess, batches: ArticleText[][]): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const replies: unknown[] = [];
    reader.on('error', reject);
    reader.on('message', (m: { id: number; results: unknown }) => {
      replies[m.id] = m.results;
      if (replies.filter((r) => r !== undefined).length === batches.length) resolve(replies);
    });
    batches.forEach((items, id) => reader.postMessage({ id, items }));
  });
}

describe('the entity reader process', () => {
  it('is built for this Node', () => {
    expect(readerSnapshot()).toMatch(/reader\.blob$/);
  });

  it('reads what a fresh load reads: every article of the seeds and the real pages', async () => {
    const articles = realArticles();
    expect(articles.length).toBeGreaterThan(100);
    const batches: ArticleText[][] = [];
    for (let i = 0; i < articles.length; i += 16) batches.push(articles.slice(i, i + 16));
    const reader = new ReaderProcess(readerSnapshot()!);
    try {
      const replies = await readAll(reader, batches);
      expect(JSON.stringify(replies.flat())).toBe(JSON.stringify(readEntities(articles)));
    } finally {
      expect(await reader.terminate()).not.toBeUndefined();
    }
  });

  it('that cannot start from its snapshot is reported as ended, with why', async () => {
    const bad = join(scratchDir('icesco-reader-'), 'reader.blob');
    writeFileSync(bad, 'not a snapshot');
    const reader = new ReaderProcess(bad);
    const error = await new Promise<NodeJS.ErrnoException>((resolve) => reader.on('error', resolve));
    expect(error.code).toBe(READER_ENDED);
    expect(error.message).toMatch(/^the entity reader process ended \((exit \d+|SIG[A-Z]+)\): \S/);
    await reader.terminate();
  });

  it('that dies is reported as ended', async () => {
    const reader = new ReaderProcess(readerSnapshot()!);
    const error = new Promise<NodeJS.ErrnoException>((resolve) => reader.on('error', resolve));
    process.kill(reader.pid!, 'SIGKILL');
    expect((await error).code).toBe(READER_ENDED);
    await reader.terminate();
  });

  it('ends when the process that started it is killed', async () => {
    // A parent that starts a reader, prints its pid, and waits to be killed.
    const script = `import('${join(ROOT, 'dist', 'reader-process.js')}').then((m) => { const r = new m.ReaderProcess(m.readerSnapshot()); console.log(r.pid); setInterval(() => {}, 1000); });`;
    const parent = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const pid = Number(await new Promise<string>((resolve) => parent.stdout.once('data', (d: Buffer) => resolve(d.toString()))));
    expect(pid).toBeGreaterThan(0);
    parent.kill('SIGKILL');
    // (Its parent gone, it is the system's child: once it has exited, it may linger as a zombie until reaped.)
    const alive = () => {
      try {
        return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      } catch {
        return false;
      }
    };
    for (let waited = 0; alive() && waited < 5000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    expect(alive()).toBe(false);
  });
});
