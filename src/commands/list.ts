import { listCell, type RecordSet } from '../render/index.js';
import type { Article, Corpus } from '../types.js';
import { noMatch, pickArticles, unknownNames, type ArticleFilter } from './filters.js';

export interface ListOptions extends ArticleFilter {
  limit?: number;
}

/** `icesco list`: articles, newest first. */
export function listArticles(corpus: Corpus, options: ListOptions): RecordSet<Article> {
  const records = pickArticles(corpus, options, options.limit);
  return {
    records,
    empty: noMatch('No articles match', unknownNames(corpus, options)),
    // The title wins the width; the id is cut before the title is (see layoutTable).
    columns: [
      { header: 'date', value: (a) => a.date ?? '—', style: 'date', min: 10 },
      { header: 'id', value: (a) => a.id, style: 'id', shrinkLast: true, min: 12 },
      { header: 'title', value: (a) => a.title, flex: true },
      // Empty unless an article was folded (then it is left out); places give way before it.
      { header: 'dups', value: (a) => a.duplicates.length || '', align: 'right', style: 'number', min: 4 },
      { header: 'places', value: (a) => a.places.map((p) => p.name).join(', '), max: 24, min: 12, style: 'dim' },
    ],
    fields: [
      { name: 'date', value: (a) => a.date },
      { name: 'id', value: (a) => a.id },
      { name: 'title', value: (a) => a.title },
      { name: 'places', value: (a) => listCell(a.places.map((p) => p.name)) },
      { name: 'duplicates', value: (a) => listCell(a.duplicates) },
    ],
    json: (a) => a,
    storedJson: corpus.articleJson,
  };
}
