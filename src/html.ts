/**
 * HTML pages -> the plain-text page shape the pipeline reads: one block per line, blank lines
 * between. A real parser (htmlparser2), never regexes: scripts, styles, navigation, headers,
 * footers, forms and asides are dropped; entities are decoded; headings become title lines and
 * paragraphs, list items and quotes become body lines; a <time datetime> or a publication
 * <meta> becomes the page's stamp ("date 2021-02-14", first line), which dates its first
 * article unless that article prints a dateline of its own. Which heading is the title is left
 * to segmentation, which reads the text the same whatever its source (a byline set in <h1> is
 * still a byline).
 */
import { Parser } from 'htmlparser2';

/** Elements whose content is page chrome or not text at all. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'svg', 'button', 'select', 'head', 'menu', 'dialog']);
/** Elements that end a block of text. */
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'tr', 'table', 'figure', 'figcaption', 'dd', 'dt', 'pre', 'hr', 'time']);
const PUBLISHED_META = new Set(['article:published_time', 'datepublished', 'date', 'pubdate', 'publish-date', 'dc.date', 'dcterms.date', 'og:published_time']);

/** Does this text look like an HTML document? */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(text.slice(0, 2048));
}

export function htmlToText(html: string): string {
  const blocks: string[] = [];
  let current = '';
  let skipDepth = 0;
  const stack: string[] = [];
  let published: string | null = null;
  const flush = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) blocks.push(t);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        stack.push(name);
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
      ontext(text) {
        if (!skipDepth) current += text;
      },
      onclosetag(name) {
        stack.pop();
        if (skipDepth) {
          skipDepth--;
          return;
        }
        if (BLOCK.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  // The publication date is the page's stamp, as a scraper stores it.
  if (published && /^\d{4}-\d{2}-\d{2}$/.test(published)) blocks.unshift(`date ${published}`);
  return `${blocks.join('\n\n')}\n`;
}
