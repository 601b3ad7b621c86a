/**
 * A new user's first hour (issue #17), end to end: what is read when no path is given, ids that
 * do not depend on what else is listed, messages that say which pages were searched, usage errors
 * instead of silent empty answers, help that leads with the command's own options, Ctrl-C during
 * a single-threaded run, and a full disk.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEEDS_DIR } from './helpers/seeds.js';
import { scratchDir } from './helpers/scratch.js';

const TWO = join(ROOT, 'test', 'fixtures', 'two-articles.txt');
const env = { ...process.env, NO_COLOR: '1', COLUMNS: '' };
const icesco = (args: string[], extra: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['bin/icesco.js', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...env, ...extra } });
const shell = (script: string) => spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28, env });
const ids = (stdout: string) => (JSON.parse(stdout) as { id: string }[]).map((a) => a.id);

describe('what is read when no path is given', () => {
  it('reads a page piped in, or redirected from a file', () => {
    const piped = shell(`cat ${TWO} | node bin/icesco.js list --json`);
    const redirected = shell(`node bin/icesco.js list --json < ${TWO}`);
    expect(piped.status).toBe(0);
    expect(ids(piped.stdout)).toEqual([expect.stringMatching(/^stdin-[0-9a-f]{6}-01$/), expect.stringMatching(/^stdin-[0-9a-f]{6}-02$/)]);
    expect(ids(redirected.stdout)).toEqual(ids(piped.stdout));
  });

  it('reads the bundled demo pages otherwise (stdin left open by a parent process, or /dev/null)', () => {
    expect(ids(icesco(['list', '--json']).stdout)).toHaveLength(50);
    expect(ids(shell('node bin/icesco.js list --json < /dev/null').stdout)).toHaveLength(50);
  });

  it('says which pages it searched when nothing answers', () => {
    expect(icesco(['show', 'nope']).stderr).toBe("icesco: error: no article with id 'nope' in the bundled demo pages (seeds) ('icesco list' lists the ids)\n");
    const who = icesco(['who', 'Nobody Anywhere', TWO]);
    expect(who.status).toBe(1);
    expect(who.stderr).toMatch(/^icesco: error: no person, place or organization called 'Nobody Anywhere' in \/.*two-articles\.txt \('icesco entities \/.*two-articles\.txt' lists the names\)\n$/);
  });
});

describe('article ids', () => {
  it('are the same for a page whatever else is listed beside it', () => {
    const dir = scratchDir('icesco-stable-');
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', 'news.txt'), readFileSync(join(SEEDS_DIR, readdirSync(SEEDS_DIR).sort()[0])));
    writeFileSync(join(dir, 'b', 'news.txt'), readFileSync(TWO));
    const alone = ids(icesco(['list', '--json', '--quiet', '--no-cache', join(dir, 'b', 'news.txt')]).stdout);
    const beside = ids(icesco(['list', '--json', '--quiet', '--no-cache', join(dir, 'a', 'news.txt'), join(dir, 'b', 'news.txt')]).stdout);
    expect(alone).toHaveLength(2);
    for (const id of alone) expect(beside).toContain(id);
    // Any unique prefix finds an article.
    const shown = icesco(['show', alone[0].slice(0, -1).replace(/-0$/, '-01'), '--json', join(dir, 'b', 'news.txt')]);
    expect((JSON.parse(shown.stdout) as { id: string }).id).toBe(alone[0]);
  });
});

describe('usage errors instead of silent empty answers', () => {
  const cases: [string, string[], RegExp][] = [
    ['help for an unknown command', ['help', 'nosuch'], /^icesco: error: unknown command 'nosuch' \(commands: list, show, /],
    ['--upcoming with --past', ['dates', '--upcoming', '--past'], /^icesco: error: --upcoming and --past exclude each other/],
    ['--since after --until', ['list', '--since', '2025-10-01', '--until', '2025-09-01'], /^icesco: error: --since 2025-10-01 is after --until 2025-09-01: no date can match/],
    ['--format dot with --json', ['graph', '--format', 'dot', '--json'], /^icesco: error: --json and --format dot both choose the output/],
  ];
  it.each(cases)('%s: exit 2 and one line saying why', (_name, args, message) => {
    const r = icesco(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});

describe("each command's help", () => {
  it.each([['list'], ['dates'], ['entities'], ['graph'], ['show']])('%s: its own options first, the shared ones after, then examples', (name) => {
    const help = icesco([name, '--help']).stdout;
    const own = { list: '--limit', dates: '--upcoming', entities: '--type', graph: '--format', show: '--lines' }[name]!;
    expect(help.indexOf(own)).toBeGreaterThan(0);
    expect(help.indexOf(own)).toBeLessThan(help.indexOf('--no-cache'));
    expect(help).toMatch(/\nExamples:\n {2}\$ icesco /);
  });
});

describe('tables when piped', () => {
  it('print full rows as TSV, or fit COLUMNS when it is set', () => {
    const piped = icesco(['list']).stdout.split('\n');
    expect(piped[0]).toBe('date\tid\ttitle\tdups\tplaces');
    expect(piped.slice(1).find((l) => l.includes('Naif Arab University'))).toContain('ICESCO, Naif Arab University Invite Researchers to Participate in International Symposium on Publishing and Security');
    const fitted = icesco(['list'], { COLUMNS: '80' }).stdout.split('\n').filter(Boolean);
    expect(fitted.every((l) => [...l].length <= 80)).toBe(true);
    expect(fitted[0]).toMatch(/^┌/);
  });
});

describe('faults', () => {
  it('a full disk on stdout is one line and exit 1, never a stack trace', () => {
    const r = shell('node bin/icesco.js list --json > /dev/full');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('icesco: error: cannot write the output (ENOSPC)\n');
  });

  it('Ctrl-C during a single-threaded cold run stops it, with exit 130, and leaves the cache consistent', async () => {
    // Forty pages of distinct text (each copy of a seed with its years moved), so nothing is cached.
    const dir = scratchDir('icesco-sigint-');
    const pages = join(dir, 'pages');
    mkdirSync(pages);
    const seeds = readdirSync(SEEDS_DIR).sort().map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'));
    for (let k = 0; k < 40; k++) writeFileSync(join(pages, `p${k}.txt`), seeds[k % 5].replace(/\b(20\d\d)\b/g, (y) => String(Number(y) + 1 + Math.floor(k / 5))));
    const cache = join(dir, 'cache');
    let interrupted = 0;
    // What the interrupted runs printed: nothing, or (a signal that came as the answer was being
    // written) its start.
    const cutOff: string[] = [];
    for (const delay of [700, 1500, 2500]) {
      const child = spawn(process.execPath, ['bin/icesco.js', 'list', '--json', '--jobs', '1', '--cache-dir', cache, pages], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
      child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
      let sent = false;
      const timer = setTimeout(() => {
        sent = true;
        child.kill('SIGINT');
      }, delay);
      // Killed by the signal before the CLI's handler is set (a loaded machine's slow start) is the
    // same to a shell: $? is 130 either way.
    const code = await new Promise<number | null>((resolve) => child.on('close', (c, signal) => resolve(signal === 'SIGINT' ? 130 : c)));
      clearTimeout(timer);
      // Finished before the signal, or as it came (the output written, the process on its way out):
      // then the whole answer was printed.
      if (!sent || code === 0) {
        expect(code).toBe(0);
        expect((JSON.parse(stdout) as unknown[]).length).toBeGreaterThan(0);
        continue;
      }
      interrupted++;
      // (How soon it stops is the benchmark's to measure: docs/speed.md.)
      expect(code).toBe(130);
      cutOff.push(stdout);
      expect(['', '\nicesco: interrupted\n']).toContain(stderr); // (nothing when the signal came before the CLI's handler)
    }
    expect(interrupted).toBeGreaterThan(0); // (a cold run of forty pages in one thread outlasts 0.7 s)
    const cached = icesco(['list', '--json', '--quiet', '--cache-dir', cache, pages]);
    const fresh = icesco(['list', '--json', '--quiet', '--no-cache', pages]);
    expect(cached.stdout).toBe(fresh.stdout);
    // (The whole of it, when the signal came after the last byte, as the process was exiting.)
    for (const printed of cutOff) expect(fresh.stdout.startsWith(printed)).toBe(true);
  }, 120_000);
});

describe('entities --type all and who did-you-mean', () => {
  it('entities --type all lists every kind, with a type column and field', () => {
    const all = JSON.parse(icesco(['entities', '--type', 'all', '--json']).stdout) as { type: string }[];
    expect(new Set(all.map((e) => e.type))).toEqual(new Set(['person', 'place', 'organization']));
    expect(icesco(['entities', '--type', 'all', '--csv', '--limit', '1']).stdout.split('\r\n')[0]).toBe('name,type,aliases,mentionCount,articleCount,firstSeen,lastSeen');
  });

  it('who suggests the nearest name for a typo', () => {
    const r = icesco(['who', 'AlMalek']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("icesco: error: no person, place or organization called 'AlMalek' in the bundled demo pages (seeds); did you mean 'AlMalik'? ('icesco entities' lists the names)\n");
  });
});

// `script` (util-linux) runs a command on a pseudo-terminal: what a user at a terminal sees.
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
describe.runIf(hasScript)('on a terminal', () => {
  const onTerminal = (command: string) => spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: { ...env, NO_COLOR: '1', COLUMNS: '100' } }).stdout;

  it('says that the demo pages were read when no path was given, and not with --quiet or a path', () => {
    expect(onTerminal('node bin/icesco.js list --limit 1')).toMatch(/^icesco: reading the bundled demo pages \(seeds\); name files or folders to read your own\r?\n┌/);
    expect(onTerminal('node bin/icesco.js list --limit 1 --quiet')).toMatch(/^┌/);
    expect(onTerminal('node bin/icesco.js list --limit 1 seeds')).toMatch(/^┌/);
  });

  it('fits the table to the terminal, title first', () => {
    const lines = onTerminal('node bin/icesco.js list --limit 3').split(/\r?\n/).filter(Boolean).slice(1);
    expect(lines.every((l) => [...l].length <= 100)).toBe(true);
    expect(lines[1]).toMatch(/date\s+│ id\s+│ title/);
  });
});
