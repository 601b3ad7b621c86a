import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { decodePage, loadPages } from '../src/load.js';

const tmp = mkdtempSync(join(tmpdir(), 'icesco-load-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function write(path: string, content: string | Buffer): string {
  const file = join(tmp, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, content);
  return file;
}

describe('decodePage', () => {
  const cases: [what: string, bytes: Buffer, expected: { text: string } | { problem: string }][] = [
    ['plain UTF-8', Buffer.from('Title\n\nBody.\n'), { text: 'Title\n\nBody.\n' }],
    ['a BOM is dropped', Buffer.from('\ufeffTitle\n'), { text: 'Title\n' }],
    ['CRLF becomes LF', Buffer.from('Title\r\n\r\nBody.\r\n'), { text: 'Title\n\nBody.\n' }],
    ['CR becomes LF', Buffer.from('Title\r\rBody.\r'), { text: 'Title\n\nBody.\n' }],
    ['an empty file', Buffer.alloc(0), { problem: 'empty file' }],
    ['whitespace only', Buffer.from(' \n\t\n'), { problem: 'no text (only whitespace or markup)' }],
    ['NUL bytes', Buffer.from([0x49, 0x00, 0x43]), { problem: 'binary file (contains NUL bytes), not a text page' }],
  ];
  it.each(cases)('%s', (_what, bytes, expected) => {
    expect(decodePage(bytes)).toEqual(expected);
  });
});

describe('loadPages', () => {
  it('walks folders recursively for *.txt, in name order, and names pages by file name', () => {
    const dir = join(tmp, 'walk');
    write('walk/b.txt', 'B page\n');
    write('walk/nested/a.TXT', 'A page\n');
    write('walk/notes.md', 'not a page\n');
    const { pages, warnings } = loadPages([dir]);
    expect(pages.map((p) => [p.name, p.text])).toEqual([
      ['b', 'B page\n'],
      ['a', 'A page\n'],
    ]);
    expect(pages[0].source).toBe(join(dir, 'b.txt'));
    expect(warnings).toEqual([]);
  });

  it('gives pages with the same file name in different folders distinct names (so distinct ids)', () => {
    const one = write('same/one/page.txt', 'First\n');
    const two = write('same/two/page.txt', 'Second\n');
    expect(loadPages([one, two]).pages.map((p) => p.name)).toEqual(['page', 'page~2']);
  });

  it("reads stdin for '-' and names it stdin", () => {
    const { pages } = loadPages(['-'], { readStdin: () => Buffer.from('\ufeffFrom a pipe\r\n') });
    expect(pages).toEqual([{ source: '-', name: 'stdin', text: 'From a pipe\n' }]);
  });

  it('turns a bad file among good ones into a warning', () => {
    const good = write('mixed/good.txt', 'Good page\n');
    const bad = write('mixed/bad.txt', Buffer.from([0, 1, 2]));
    const missing = join(tmp, 'mixed', 'missing.txt');
    const { pages, warnings } = loadPages([good, bad, missing]);
    expect(pages.map((p) => p.name)).toEqual(['good']);
    expect(warnings).toEqual([
      { source: missing, message: 'no such file or directory' },
      { source: bad, message: 'binary file (contains NUL bytes), not a text page' },
    ]);
  });

  it('throws an InputError naming the first problem when nothing is usable', () => {
    const empty = write('bad/empty.txt', '');
    expect(() => loadPages([empty])).toThrow(InputError);
    expect(() => loadPages([empty])).toThrow(`${empty}: empty file`);
    const noPages = join(tmp, 'no-pages');
    write('no-pages/readme.md', '# not a page\n');
    expect(() => loadPages([noPages])).toThrow(`${noPages}: directory contains no pages (*.txt, *.html)`);
  });
});
