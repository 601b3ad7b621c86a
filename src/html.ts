/**
 * HTML pages -> the plain-text page shape the pipeline reads: one block per line, blank lines
 * between. A real parser (htmlparser2), never regexes: scripts, styles, navigation, headers,
 * footers, forms and asides are dropped; entities are decoded; headings become title lines and
 * paragraphs, list items and quotes become body lines; a <time datetime> or a publication
 * <meta> becomes the page's stamp ("date 2021-02-14", first line), which dates its first
 * article unless that article prints a dateline of its own. Which heading is the title is left
 * to segmentation, which reads the text the same whatever its source (a byline set in <h1> is
 * still a byline). However deep a page nests its tags, reading it takes time linear in its size
 * (see BoundedParser).
 */
import { Parser, type Handler } from 'htmlparser2';

/** Elements whose content is page chrome or not text at all. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'svg', 'button', 'select', 'head', 'menu', 'dialog']);
/** Elements that end a block of text. */
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'tr', 'table', 'figure', 'figcaption', 'dd', 'dt', 'pre', 'hr', 'time']);
const PUBLISHED_META = new Set(['article:published_time', 'datepublished', 'date', 'pubdate', 'publish-date', 'dc.date', 'dcterms.date', 'og:published_time']);

/** Does this text look like an HTML document? */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(text.slice(0, 2048));
}

/** An HTML page's text, in blocks separated by blank lines, the page's stamp first if it has one. */
export function htmlToText(html: string): string {
  const blocks: string[] = [];
  let current = '';
  let skipDepth = 0;
  let published: string | null = null;
  const flush = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) blocks.push(t);
    current = '';
  };
  const parser = new BoundedParser(html, {
    open(name, attrs) {
      // Publication dates live in <head> (skipped as text), so they are read first.
      if (name === 'meta') {
        const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
        if (!published && PUBLISHED_META.has(key) && attrs.content) published = attrs.content.slice(0, 10);
      }
      if (name === 'time' && attrs.datetime && !published) published = attrs.datetime.slice(0, 10);
      if (skipDepth || SKIP.has(name)) {
        skipDepth++;
        return;
      }
      if (BLOCK.has(name)) flush();
    },
    text(text) {
      if (!skipDepth) current += text;
    },
    close(name) {
      if (skipDepth) {
        skipDepth--;
        return;
      }
      if (BLOCK.has(name)) flush();
    },
  });
  parser.write(html);
  parser.end();
  flush();
  // The publication date is the page's stamp, as a scraper stores it.
  if (published && /^\d{4}-\d{2}-\d{2}$/.test(published)) blocks.unshift(`date ${published}`);
  return `${blocks.join('\n\n')}\n`;
}

/** What the text extractor hears from the parser: well-nested opens and closes, and text. */
interface Sink {
  open(name: string, attrs: Record<string, string>): void;
  text(text: string): void;
  close(name: string): void;
}

/**
 * How deep htmlparser2's own stack of open elements may grow: it unshifts and searches that
 * array, so each tag costs O(depth) and 100,000 unclosed tags took minutes; pages nest a few dozen.
 */
const MAX_PARSER_DEPTH = 256;

/**
 * htmlparser2's Parser with its stack held to MAX_PARSER_DEPTH. A tag opened deeper never reaches
 * the parser: it goes on `overflow`, a stack of our own on top of the parser's, kept as runs of
 * one name ("<b><b><b>" is one entry) and worked at its end, with the parser's rules (implied
 * ends, a nested <form> ignored). An end tag looks there first; the parser closing its innermost
 * element closes all of ours. Not carried over: SVG's and MathML's own rules for tags up there.
 */
class BoundedParser extends Parser {
  /** Elements on the parser's stack, counted from its events. */
  private depth = 0;
  /** How many of each (lower-cased) name are open, on the parser's stack and on ours. */
  private readonly onParser = new Map<string, number>();
  private readonly onOverflow = new Map<string, number>();
  /** Our elements, innermost last: names, and how many of that name are nested there in a row. */
  private readonly overflow: string[] = [];
  private readonly runs: number[] = [];
  /** The open tag being read, when it is one of ours. */
  private deep: { name: string; attrs: Record<string, string>; ignored: boolean } | null = null;

  constructor(
    private readonly html: string,
    private readonly sink: Sink,
  ) {
    const events: Partial<Handler> = {};
    super(events, { decodeEntities: true, lowerCaseTags: true });
    events.ontext = (text) => sink.text(text);
    events.onattribute = (name, value) => {
      if (this.deep && !Object.hasOwn(this.deep.attrs, name)) this.deep.attrs[name] = value;
    };
    events.onopentag = (name, attrs) => {
      if (!this.isVoidElement(name)) {
        this.depth++;
        count(this.onParser, name.toLowerCase(), 1);
      }
      sink.open(name, attrs);
    };
    events.onclosetag = (name) => {
      if (!this.isVoidElement(name)) {
        // Ours nest inside the parser's innermost element, unless that is the "<p>" it opens for
        // a stray "</p>" (on top of everything, and closed at once).
        if (this.depth <= MAX_PARSER_DEPTH) this.closeOverflow(0);
        this.depth--;
        count(this.onParser, name.toLowerCase(), -1);
      }
      sink.close(name);
    };
  }

  override onopentagname(start: number, endIndex: number): void {
    if (this.depth < MAX_PARSER_DEPTH) return super.onopentagname(start, endIndex);
    // One write of the whole page: the tokenizer's offsets are offsets into it.
    const read = this.html.slice(start, endIndex).toLowerCase();
    const name = read === 'image' ? 'img' : read;
    const ignored = name === 'form' && (this.onParser.get('form') || this.onOverflow.get('form') || 0) > 0;
    this.deep = { name, attrs: {}, ignored };
    this.endIndex = endIndex;
    const ends = ignored ? undefined : IMPLIED_ENDS.get(name);
    if (!ends) return;
    let at = this.overflow.length;
    while (at > 0 && ends.has(this.overflow[at - 1])) at--;
    this.closeOverflow(at);
  }

  override onopentagend(endIndex: number): void {
    if (this.deep) this.openDeep(endIndex, false);
    else super.onopentagend(endIndex);
  }

  override onselfclosingtag(endIndex: number): void {
    // "<x/>" closes itself only in SVG and MathML, as the parser has it.
    if (this.deep) this.openDeep(endIndex, this.isInForeignContext());
    else super.onselfclosingtag(endIndex);
  }

  override onclosetag(start: number, endIndex: number): void {
    const name = this.html.slice(start, endIndex).toLowerCase();
    if (this.onOverflow.get(name)) {
      let at = this.overflow.length - 1;
      while (this.overflow[at] !== name) at--;
      this.closeOverflow(at + 1);
      this.closeInnermost();
    } else if (this.onParser.get(name) || name === 'p' || name === 'br') return super.onclosetag(start, endIndex);
    // else nothing by that name is open: the parser would search its whole stack to ignore it
    this.endIndex = endIndex;
    this.startIndex = endIndex + 1;
  }

  private openDeep(endIndex: number, selfClosing: boolean): void {
    const { name, attrs, ignored } = this.deep!;
    this.deep = null;
    this.endIndex = endIndex;
    this.startIndex = endIndex + 1;
    if (ignored) return;
    this.sink.open(name, attrs);
    if (selfClosing || this.isVoidElement(name)) return this.sink.close(name);
    const top = this.overflow.length - 1;
    if (this.overflow[top] === name) this.runs[top]++;
    else {
      this.overflow.push(name);
      this.runs.push(1);
    }
    count(this.onOverflow, name, 1);
  }

  /** Closes the innermost of our elements. */
  private closeInnermost(): void {
    const top = this.overflow.length - 1;
    const name = this.overflow[top];
    if (--this.runs[top] === 0) {
      this.overflow.pop();
      this.runs.pop();
    }
    count(this.onOverflow, name, -1);
    this.sink.close(name);
  }

  /** Closes our elements from the innermost down to entry `from`. */
  private closeOverflow(from: number): void {
    while (this.overflow.length > from) this.closeInnermost();
  }
}

function count(counts: Map<string, number>, name: string, by: number): void {
  counts.set(name, (counts.get(name) ?? 0) + by);
}

/** Open tags that end open elements first ("<li>" ends an open "<li>"): htmlparser2's own table, which it does not export. */
const ENDS_P = new Set(['p']);
const ENDS_HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const ENDS_FORM_FIELD = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const IMPLIED_ENDS = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['a', new Set(['a'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ...['p', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((t): [string, Set<string>] => [t, ENDS_P]),
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((t): [string, Set<string>] => [t, ENDS_HEADING]),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t): [string, Set<string>] => [t, ENDS_FORM_FIELD]),
]);
