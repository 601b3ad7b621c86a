import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { decodePage, listInputs, loadPages, readInParts, readInputs, statText } from '../src/load.js';

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

  it('tells UTF-8 from Windows-1252 as a fatal TextDecoder does (property)', () => {
    // Valid and broken UTF-8 alike: encoded strings (BOMs, surrogates, astral characters), cut or spliced with stray bytes.
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '\n', 'é', '€', '\ufeff', '😀', '\ud800', 'ß', '\u2028') });
    const bytes = fc.tuple(text, fc.uint8Array({ maxLength: 4 }), fc.nat(40), fc.boolean()).map(([t, stray, at, cut]) => {
      const b = Buffer.from(t);
      const end = cut ? Math.min(at, b.length) : b.length;
      return Buffer.concat([b.subarray(0, end), Buffer.from(stray), b.subarray(end)]);
    });
    fc.assert(
      fc.property(bytes, (b) => {
        const got = decodePage(b);
        if (!('text' in got)) return true; // empty, binary or blank: decided before decoding
        // Stray bytes at the start can make a UTF-16 byte order mark (rarely: it failed one suite
        // run in this stop). Such a page is read as UTF-16, not UTF-8 ('reads UTF-16 LE with a BOM').
        if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return true;
        let expected: string;
        try {
          expected = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(b);
        } catch {
          return got.warning === 'not valid UTF-8; read as Windows-1252';
        }
        if (expected.charCodeAt(0) === 0xfeff) expected = expected.slice(1);
        return got.warning === undefined && got.text === expected.replace(/\r\n?/g, '\n');
      }),
      { numRuns: 3000 },
    );
  });
});

describe('loadPages', () => {
  it('walks folders recursively for *.txt, in name order, and names pages by file name', () => {
    const dir = join(tmp, 'walk');
    write('walk/b.txt', 'B page\n');
    write('walk/nested/a.TXT', 'A page\n');
    write('walk/notes.md', 'not a page\n');
    const { pages, warnings } = loadPages([dir]);
    expect(pages.map((p) => [p.name.replace(/-[0-9a-f]{6}$/, ''), p.text])).toEqual([
      ['b', 'B page\n'],
      ['a', 'A page\n'],
    ]);
    expect(pages[0].source).toBe(join(dir, 'b.txt'));
    expect(warnings).toEqual([]);
  });

  it('names a page by its file name and a hash of the page: distinct for two pages of one name, and the same whatever else is listed', () => {
    const one = write('same/one/page.txt', 'First\n');
    const two = write('same/two/page.txt', 'Second\n');
    const [a, b] = loadPages([one, two]).pages.map((p) => p.name);
    expect(a).toMatch(/^page-[0-9a-f]{6}$/);
    expect(b).toMatch(/^page-[0-9a-f]{6}$/);
    expect(a).not.toBe(b);
    // Alone, or listed after another page: the same name, so the same article ids.
    expect(loadPages([two]).pages[0].name).toBe(b);
    expect(loadPages([two, one]).pages.map((p) => p.name)).toEqual([b, a]);
  });

  it('gives two different pages whose names and short hashes meet a longer hash, whatever their order', () => {
    // Find two texts whose 6-character hashes (of the name "news" and the text) collide.
    const seen = new Map<string, string>();
    let pair: [string, string] | null = null;
    for (let i = 0; !pair; i++) {
      const text = `Page ${i}\n`;
      const short = createHash('sha256').update(`news\u0000${text}`).digest('hex').slice(0, 6);
      const other = seen.get(short);
      if (other) pair = [other, text];
      else seen.set(short, text);
    }
    const a = write('collide/a/news.txt', pair[0]);
    const b = write('collide/b/news.txt', pair[1]);
    const ab = loadPages([a, b]).pages.map((p) => p.name);
    const ba = loadPages([b, a]).pages.map((p) => p.name);
    expect(ab[0]).not.toBe(ab[1]);
    expect(ab[0]).toMatch(/^news-[0-9a-f]{7,}$/);
    expect(ba).toEqual([ab[1], ab[0]]);
  }, 60_000);

  it('keeps the first 24 characters of a long file name, and tells the same page given twice apart by order alone', () => {
    const long = write('long/a-very-long-file-name-from-a-scraper.txt', 'Text\n');
    expect(loadPages([long]).pages[0].name).toMatch(/^a-very-long-file-name-fr-[0-9a-f]{6}$/);
    const copy = write('long/copy/a-very-long-file-name-from-a-scraper.txt', 'Text\n');
    const [x, y] = loadPages([long, copy]).pages.map((p) => p.name);
    expect(y).toBe(`${x}~2`);
  });

  it("reads stdin for '-' and names it stdin", () => {
    const { pages } = loadPages(['-'], { readStdin: () => Buffer.from('\ufeffFrom a pipe\r\n') });
    expect(pages).toEqual([{ source: '-', name: expect.stringMatching(/^stdin-[0-9a-f]{6}$/), text: 'From a pipe\n' }]);
  });

  it('turns a bad file among good ones into a warning', () => {
    const good = write('mixed/good.txt', 'Good page\n');
    const bad = write('mixed/bad.txt', Buffer.from([0, 1, 2]));
    const missing = join(tmp, 'mixed', 'missing.txt');
    const { pages, warnings } = loadPages([good, bad, missing]);
    expect(pages.map((p) => p.name.replace(/-[0-9a-f]{6}$/, ''))).toEqual(['good']);
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

describe('readInputs: files known from an earlier run', () => {
  it('reads a known file only when its text is asked for, and takes its name, key and warning as known', () => {
    const file = write('known/page.txt', 'Known page\n');
    const other = write('known/other.txt', 'Other page\n');
    const listing = listInputs([join(tmp, 'known')]);
    const asked: string[] = [];
    const { pages, warnings } = readInputs(listing, {
      known: (path, stat) => {
        asked.push(`${path} ${statText(stat)}`);
        return path === file ? { name: 'page-abc123', key: 'k1', warning: 'decoded as Windows-1252' } : undefined;
      },
    });
    expect(asked).toHaveLength(2);
    const known = pages.find((p) => p.source === file)!;
    expect([known.name, known.key, known.file?.name]).toEqual(['page-abc123', 'k1', 'page-abc123']);
    expect(warnings).toEqual([{ source: file, message: 'decoded as Windows-1252' }]);
    // Read when asked: the file's text.
    expect(known.text).toBe('Known page\n');
    expect(pages.find((p) => p.source === other)!.key).toBeUndefined();
  });

  it('does not take a known file changed since it was listed for what it was', () => {
    const file = write('changed/page.txt', 'As listed\n');
    const { pages } = readInputs(listInputs([file]), { known: () => ({ name: 'page-000000', key: 'k' }) });
    writeFileSync(file, 'Written again, longer than before\n');
    expect(() => pages[0].text).toThrow(`${file}: changed while being read; run again`);
  });

  it('says which file, as an input error, when a known file can no longer be read', () => {
    const file = write('gone/page.txt', 'Soon gone\n');
    const { pages } = readInputs(listInputs([file]), { known: () => ({ name: 'page-000000', key: 'k' }) });
    rmSync(file);
    expect(() => pages[0].text).toThrow(InputError);
    expect(() => pages[0].text).toThrow(`${file}: cannot read file (ENOENT)`);
  });
});

describe('readInParts: a large file, streamed', () => {
  const MiB = 1024 * 1024;
  /** Reads from bytes in memory as the loader reads a file: chunk by chunk, at a position. */
  const reader = (bytes: Buffer) => (buf: Buffer, position: number) => bytes.copy(buf, 0, position, Math.min(bytes.length, position + buf.length));
  const pageOf = (i: number) =>
    `Disclaimer: You are using a translation proxy.\n\nMinisters Meet in Rabat to Discuss School Meals Number ${i}\n\n${'The ministers of education met in Rabat on Monday to discuss school meals, teacher training and the budget of the coming year. '.repeat(40)}\n\n`;
  const archive = (mib: number) => {
    const pages: string[] = [];
    for (let i = 0, n = 0; n < mib * MiB; i++) n += (pages[i] = pageOf(i)).length;
    return pages.join('');
  };
  const parts = (bytes: Buffer, name = 'archive.txt') => readInParts(name, reader(bytes), bytes.length);

  it('cuts a 20 MiB concatenation into parts that each start where a page starts, losing nothing', () => {
    const text = archive(20);
    const r = parts(Buffer.from(text));
    if (!('parts' in r)) throw new Error(r.problem);
    expect(r.parts.length).toBeGreaterThanOrEqual(5);
    expect(r.parts.join('')).toBe(text);
    for (const p of r.parts) expect(p.startsWith('Disclaimer: You are using a translation proxy.\n')).toBe(true);
    expect(r.warning).toBeUndefined();
  });

  it('normalises CRLF, even when a chunk ends between CR and LF', () => {
    const text = `${'a'.repeat(MiB - 1)}\r\n${archive(17).replace(/\n/g, '\r\n')}`;
    const r = parts(Buffer.from(text));
    if (!('parts' in r)) throw new Error(r.problem);
    expect(r.parts.join('')).toBe(text.replace(/\r\n/g, '\n'));
  });

  it('reads UTF-16 LE with a BOM', () => {
    const text = archive(17).replace(/Rabat/g, 'Rabāṭ');
    const r = parts(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    if (!('parts' in r)) throw new Error(r.problem);
    expect(r.parts.join('')).toBe(text);
  });

  it('falls back to Windows-1252, with a warning, when a byte deep in the file is not UTF-8', () => {
    const text = archive(17);
    const bytes = Buffer.from(text);
    const at = bytes.indexOf('Ministers Meet', 12 * MiB);
    bytes[at - 2] = 0x93; // a Windows-1252 left quote, replacing the blank line's first \n
    const r = parts(bytes);
    if (!('parts' in r)) throw new Error(r.problem);
    expect(r.warning).toBe('not valid UTF-8; read as Windows-1252');
    expect(r.parts.join('')).toBe(`${text.slice(0, at - 2)}“${text.slice(at - 1)}`);
  });

  it('refuses a large binary file and a large HTML page, saying why', () => {
    const binary = Buffer.alloc(17 * MiB, 0x41);
    binary[100] = 0;
    expect(parts(binary)).toEqual({ problem: 'binary file (contains NUL bytes), not a text page' });
    expect(parts(Buffer.from(`<!doctype html><p>${'x'.repeat(65 * MiB)}</p>`), 'big.html')).toEqual({ problem: 'HTML page too large (65 MiB; HTML is read whole, up to 64 MiB — split it)' });
  });

  it('never cuts a surrogate pair in two, even in text without line breaks', () => {
    const text = '😀'.repeat(5 * MiB);
    const r = parts(Buffer.from(text));
    if (!('parts' in r)) throw new Error(r.problem);
    expect(r.parts.length).toBeGreaterThan(1);
    for (const p of r.parts) expect(p.endsWith('😀')).toBe(true);
    expect(r.parts.join('')).toBe(text);
  });

  it('drops a tail of blank lines rather than making a page of it', () => {
    const r = parts(Buffer.from(`${archive(5)}${'\n'.repeat(5 * MiB)}`));
    if (!('parts' in r)) throw new Error(r.problem);
    expect(r.parts.every((p) => p.trim() !== '')).toBe(true);
  });

  it('loadPages streams a file over 64 MiB, each part a page named name.p1, name.p2 …; smaller files stay one page', () => {
    const small = write('large/small.txt', archive(17));
    expect(loadPages([small]).pages.map((p) => p.name.replace(/-[0-9a-f]{6}$/, ''))).toEqual(['small']);
    const file = write('large/archive.txt', archive(65));
    const { pages, warnings } = loadPages([file]);
    expect(warnings).toEqual([]);
    expect(pages.map((p) => p.name.replace(/-[0-9a-f]{6}$/, ''))).toEqual(pages.map((_, k) => `archive.p${k + 1}`));
    expect(pages.length).toBeGreaterThanOrEqual(16);
    expect(pages.every((p) => p.source === file)).toBe(true);
  });
});
