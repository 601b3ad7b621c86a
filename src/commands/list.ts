import type { RecordSet } from '../render/index.js';
import type { Article, Corpus } from '../types.js';
import { filterArticles, newestFirst, type ArticleFilter } from './filters.js';

export interface ListOptions extends ArticleFilter {
  limit?: number;
}

/** `icesco list`: articles, newest first. */
export function listArticles(corpus: Corpus, options: ListOptions): RecordSet<Article> {
  let records = filterArticles(corpus, options).sort(newestFirst);
  if (options.limit !== undefined) records = records.slice(0, options.limit);
  return {
    records,
    empty: 'No articles match.',
    columns: [
      { header: 'date', value: (a) => a.date ?? '—', style: 'date', min: 10 },
      { header: 'id', value: (a) => a.id, style: 'id', max: 26, min: 23 },
      { header: 'title', value: (a) => a.title, flex: true },
      { header: 'places', value: (a) => a.places.map((p) => p.name).join(', '), max: 24, style: 'dim' },
      { header: 'dups', value: (a) => a.duplicates.length || '', align: 'right', style: 'number', min: 4 },
    ],
    json: (a) => a,
    storedJson: corpus.articleJson,
  };
}
