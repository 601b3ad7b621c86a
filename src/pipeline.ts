/**
 * analyze(pages): Corpus — runs the stages in order. The order, and why:
 *   1. segment      lines -> title + body blocks (shape only);
 *   2. boilerplate  needs every page's blocks: chrome is what recurs across pages or sits
 *                   outside articles, so it is judged after segmentation, before anything reads text;
 *   3. dates        before dedupe: an undated article is bounded by its neighbours in the
 *                   listing, and a duplicate's neighbours still count;
 *   4. dedupe       before entities, so folded copies are neither tagged twice nor counted twice;
 *   5. entities     per article, then merged across the corpus (aliases, acronyms).
 */
import { removeBoilerplate, summarizeBoilerplate } from './stages/boilerplate.js';
import { decideArticleDate, findDateMentions, inferFromNeighbours, parseDateline, type ArticleDate, type RawMention } from './stages/dates.js';
import { findDuplicates } from './stages/dedupe.js';
import { articleMentions, mergeCorpus } from './stages/entities/index.js';
import { segmentPage } from './stages/segment.js';
import type { Article, ArticleBlock, Corpus, DateMention, InputWarning, Page } from './types.js';

export interface AnalyzeOptions {
  /** The date relative expressions fall back to when a page offers no date at all. */
  today?: Date;
}

interface Draft {
  block: ArticleBlock;
  page: Page;
  id: string;
  title: string;
  paragraphs: string[];
  text: string;
  mentions: RawMention[];
  date: ArticleDate;
}

export function analyze(pages: Page[], options: AnalyzeOptions = {}): Corpus {
  const fallback = options.today ?? new Date(Date.UTC(2000, 0, 1));
  const warnings: InputWarning[] = [];
  const segmented = pages.map((p, i) => segmentPage(p, i));
  const { pages: cleaned, chrome } = removeBoilerplate(segmented);

  const drafts: Draft[] = [];
  for (const sp of cleaned) {
    const page = pages[sp.pageIndex];
    if (sp.articles.length === 0) warnings.push({ source: page.source, message: 'no recognisable article (all lines reported as boilerplate)' });
    const pageDrafts = sp.articles.map((block): Draft => {
      const paragraphs = block.body.map((l) => l.text);
      return {
        block, page, paragraphs,
        id: `${page.name}-${String(block.index + 1).padStart(2, '0')}`,
        title: block.title.text,
        text: paragraphs.join('\n\n'),
        mentions: findDateMentions(paragraphs, fallback),
        date: { date: null, source: null, text: null },
      };
    });
    datePage(pageDrafts, fallback);
    drafts.push(...pageDrafts);
  }

  const dupOf = findDuplicates(drafts);
  const kept = drafts.filter((_, i) => dupOf[i] < 0);
  const folded = new Map<Draft, string[]>();
  drafts.forEach((d, i) => {
    if (dupOf[i] < 0) return;
    const into = drafts[dupOf[i]];
    folded.set(into, [...(folded.get(into) ?? []), d.id]);
  });

  const entities = mergeCorpus(kept.map((d) => ({ id: d.id, date: d.date.date, entities: articleMentions(d.title, d.text) })));
  const articles: Article[] = kept.map((d, i) => ({
    id: d.id,
    source: d.page.source,
    title: d.title,
    date: d.date.date,
    dateSource: d.date.source,
    dateText: d.date.text,
    dates: d.mentions.map(publicMention),
    ...entities.perArticle[i],
    text: d.text,
    duplicates: folded.get(d) ?? [],
  }));
  return { articles, boilerplate: summarizeBoilerplate(chrome, pages), entities: entities.summaries, pages: pages.length, warnings };
}

function publicMention(m: RawMention): DateMention {
  const { text, start, end, granularity, sentence, future, warning } = m;
  return { text, start, end, granularity, sentence, future, ...(warning ? { warning } : {}) };
}

const toDate = (iso: string) => new Date(`${iso}T12:00:00Z`);

/**
 * Dates one page's articles. Mentions that lack a year are first resolved against the
 * fallback; once the page's stated dates are known they are resolved again against the
 * article's own context (its date, or its nearest dated neighbour's).
 */
function datePage(drafts: Draft[], fallback: Date): void {
  const stated = drafts.map((d): ArticleDate => {
    // A dateline without a year ("Cairo, October 23") is no context yet: it needs one itself.
    const datelineText = d.block.dateline?.text ?? '';
    const dateline = /\b\d{4}\b/.test(datelineText) ? parseDateline(datelineText, fallback) : null;
    const withYear = d.mentions.filter((m) => m.yearStated);
    const decided = decideArticleDate({ dateline, mentions: withYear });
    if (decided.date || withYear.length === 0) return decided;
    return { date: withYear[0].start, source: 'body', text: withYear[0].text };
  });
  const context = inferFromNeighbours(stated, drafts.map((d) => d.title));
  drafts.forEach((d, i) => {
    const ref = context[i].date ? toDate(context[i].date!) : fallback;
    if (d.mentions.some((m) => !m.yearStated)) d.mentions = findDateMentions(d.paragraphs, ref);
    // "on Sunday" means something only against the text's own date, never against the clock.
    if (!context[i].date) d.mentions = d.mentions.filter((m) => !m.relative);
    if (d.block.dateline) {
      const dl = parseDateline(d.block.dateline.text, ref);
      if (dl) {
        d.date = { date: dl, source: 'dateline', text: d.block.dateline.text };
        return;
      }
    }
    d.date = decideArticleDate({ dateline: null, mentions: d.mentions });
  });
  const final = inferFromNeighbours(drafts.map((d) => d.date), drafts.map((d) => d.title));
  drafts.forEach((d, i) => {
    d.date = final[i];
    // A mention after the article's own date announces something ahead of it.
    if (d.date.date) for (const m of d.mentions) if (m.start > d.date.date) m.future = true;
  });
}
