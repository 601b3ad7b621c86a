/** `icesco search QUERY`: articles ranked by relevance to a full-text query (see sqlite/search.ts). */
import { bracketHits } from '../render/search.js';
import type { RecordSet } from '../render/index.js';
import { ftsQuery, openSearchIndex, searchIndex, type IndexOptions, type SearchHit } from '../sqlite/search.js';
import type { Corpus } from '../types.js';
import { noMatch, unknownNames, type ArticleFilter } from './filters.js';

/** Hits shown when --limit is not given: the best ones; the rest are counted. */
export const DEFAULT_LIMIT = 20;

export interface SearchOptions extends ArticleFilter {
  limit: number;
}

export interface Found {
  set: RecordSet<SearchHit>;
  /** Articles that answer, before the limit. */
  total: number;
}

/**
 * The articles of the corpus answering `query`, best first. The query is checked (a usage error
 * for bad syntax) before the index is opened, or built.
 */
export async function searchArticles(corpus: Corpus, query: string, options: SearchOptions, index: IndexOptions): Promise<Found> {
  const match = ftsQuery(query);
  const db = await openSearchIndex(corpus, index);
  let found: ReturnType<typeof searchIndex>;
  try {
    found = searchIndex(db, match, options, options.limit);
  } finally {
    db.close();
  }
  const records = found.hits;
  return {
    total: found.total,
    set: {
      records,
      empty: records.length ? '' : noMatch(`No articles match '${query}'`, unknownNames(corpus, options)),
      // Piped (TSV): whole rows, matched words between [ and ].
      columns: [
        { header: 'date', value: (h) => h.date ?? '—', style: 'date', min: 10 },
        { header: 'id', value: (h) => h.id, style: 'id', shrinkLast: true, min: 12 },
        { header: 'score', value: (h) => h.score.toFixed(2), align: 'right', style: 'number' },
        { header: 'title', value: (h) => h.title, flex: true },
        { header: 'snippet', value: (h) => bracketHits(h.snippet), style: 'dim' },
      ],
      fields: [
        { name: 'id', value: (h) => h.id },
        { name: 'date', value: (h) => h.date },
        { name: 'title', value: (h) => h.title },
        { name: 'source', value: (h) => h.source },
        { name: 'score', value: (h) => h.score },
        { name: 'snippet', value: (h) => bracketHits(h.snippet) },
      ],
      json: (h) => ({ id: h.id, date: h.date, title: h.title, source: h.source, score: h.score, snippet: bracketHits(h.snippet) }),
    },
  };
}

/** Checks a query's syntax without searching (a usage error before any page is read). */
export const checkQuery = (query: string): void => void ftsQuery(query);
