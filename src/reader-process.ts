/**
 * The entity reader an update starts (reader.ts): built into a V8 startup snapshot with the CLI,
 * started as a child process from it, and driven as a worker thread is (engine.ts's inWorkers).
 *
 * A snapshot holds only for the Node.js build and the V8 flags it was made with: `npm run build`
 * writes which Node made it (version, binary, platform) beside the blob, and a Node that differs
 * (or a build that could not make the snapshot) starts a worker thread instead, as before. A
 * process that dies before answering (however: a snapshot V8 refuses, the system's limits) is
 * reported as a worker out of memory is, and the engine reads what it left in the main thread.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReaderReply, ReaderRequest } from './reader.js';

/** dist/, whether this code runs from there or from the bundle in dist/cjs/. */
const DIST = (() => {
  const here = dirname(fileURLToPath(import.meta.url));
  return basename(here) === 'cjs' ? dirname(here) : here;
})();
const BLOB = 'reader.blob';
/** Which Node made the blob: the only one that can start from it. */
const MADE_BY = 'reader.json';

/** The Node a snapshot is made by and for (its binary too: another build of the same version may configure V8 otherwise). */
const thisNode = () => ({ node: process.version, execPath: process.execPath, platform: process.platform, arch: process.arch });

let found: string | null | undefined;

/** The snapshot's path, when one was built by this very Node; null otherwise. */
export function readerSnapshot(): string | null {
  if (found === undefined) {
    try {
      const madeBy = JSON.parse(readFileSync(join(DIST, MADE_BY), 'utf8')) as unknown;
      found = JSON.stringify(madeBy) === JSON.stringify(thisNode()) && existsSync(join(DIST, BLOB)) ? join(DIST, BLOB) : null;
    } catch {
      found = null; // (none built)
    }
  }
  return found;
}

/**
 * Makes the snapshot from the bundled reader (dist/cjs/reader.js), at build time. A Node that
 * cannot is told of, and the build goes on without it: updates then read in a worker thread.
 */
function buildReaderSnapshot(): void {
  for (const f of [BLOB, MADE_BY]) rmSync(join(DIST, f), { force: true });
  const made = spawnSync(process.execPath, ['--no-warnings', '--snapshot-blob', join(DIST, BLOB), '--build-snapshot', join(DIST, 'cjs', 'reader.js')], { encoding: 'utf8' });
  if (made.status !== 0 || !existsSync(join(DIST, BLOB))) {
    const why = (made.error?.message ?? made.stderr ?? '').trim().split('\n')[0] || `exit ${made.status ?? made.signal}`;
    process.stderr.write(`icesco build: no startup snapshot for the entity reader (${why}); updates will read new pages in a worker thread\n`);
    rmSync(join(DIST, BLOB), { force: true });
    return;
  }
  writeFileSync(join(DIST, MADE_BY), `${JSON.stringify(thisNode())}\n`);
}

/**
 * The reader process, with the part of a worker thread's interface the engine uses: postMessage,
 * 'message' and 'error' events, terminate. It runs in its own process group, so that Ctrl-C at
 * the terminal reaches the CLI alone (which exits: the reader sees its channel close and exits
 * too).
 */
export class ReaderProcess extends EventEmitter {
  readonly #child: ChildProcess;
  readonly #exited: Promise<number>;
  #stopping = false;
  #failed = false;
  #stderr = '';

  constructor(blob: string) {
    super();
    this.#child = spawn(process.execPath, ['--snapshot-blob', blob], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'advanced', detached: true });
    this.#child.stderr!.setEncoding('utf8').on('data', (s: string) => {
      if (this.#stderr.length < 4096) this.#stderr += s;
    });
    this.#exited = new Promise((resolve) => this.#child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
    this.#child.on('message', (reply: ReaderReply) => {
      if ('error' in reply) this.#fail(new Error(`the entity reader failed: ${reply.error.split('\n')[0]}`));
      else this.emit('message', reply);
    });
    this.#child.once('exit', (code, signal) => {
      // (Its first line that says something: V8's fatal errors open with a line of '#'.)
      const said = this.#stderr.split('\n').map((l) => l.replace(/^[#\s]+/, '').trim()).find(Boolean);
      if (!this.#stopping) this.#fail(Object.assign(new Error(`the entity reader process ended (${signal ?? `exit ${code}`})${said ? `: ${said}` : ''}`), { code: READER_ENDED }));
    });
    this.#child.on('error', (e) => {
      if (!this.#stopping) this.#fail(Object.assign(new Error(`the entity reader process could not run: ${e.message}`), { code: READER_ENDED }));
    });
  }

  /** The process's id (undefined if it could not be started). */
  get pid(): number | undefined {
    return this.#child.pid;
  }

  postMessage(request: ReaderRequest): void {
    // (A process already gone takes nothing: its end is reported by the events above.)
    if (this.#child.connected) this.#child.send(request);
  }

  /** Stops the process; resolves once it has ended. */
  terminate(): Promise<number> {
    if (!this.#stopping) {
      this.#stopping = true;
      if (this.#child.exitCode === null && this.#child.signalCode === null) this.#child.kill();
    }
    return this.#exited;
  }

  /** One failure is reported: the first. */
  #fail(e: Error): void {
    if (this.#failed) return;
    this.#failed = true;
    this.emit('error', e);
  }
}

/** The code of the error a reader process that ended unasked is reported with. */
export const READER_ENDED = 'ERR_READER_ENDED';

// (Run by `npm run build`; a snapshot it cannot make does not fail the build.)
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) buildReaderSnapshot();
