import { InputError, NotFoundError } from '../errors.js';
import type { Article, ArticleExplanation, ArticleLine, Corpus } from '../types.js';

/**
 * `icesco show <id>`: one article, by its id, the id of a copy folded into it, or any prefix of
 * one of those that only one article has (case-insensitive when nothing matches as typed).
 */
export function findArticle(corpus: Corpus, id: string): Article {
  if (!id.trim()) throw new InputError('give an article id (see `icesco list`)');
  const exact = corpus.articles.find((a) => a.id === id) ?? corpus.articles.find((a) => a.duplicates.includes(id));
  if (exact) return exact;
  const startsWith = (fold: (s: string) => string) => corpus.articles.filter((a) => [a.id, ...a.duplicates].some((x) => fold(x).startsWith(fold(id))));
  let prefixed = startsWith((s) => s);
  if (prefixed.length === 0) prefixed = startsWith((s) => s.toLowerCase());
  if (prefixed.length === 1) return prefixed[0];
  if (prefixed.length > 1) throw new InputError(`article id '${id}' is ambiguous: ${prefixed.length} articles start with it (${prefixed.slice(0, 5).map((a) => a.id).join(', ')}${prefixed.length > 5 ? ', …' : ''})`);
  throw new NotFoundError(`no article with id '${id}'`);
}

/** The article's JSON with its page lines in it (`show --lines --json`): they are left out of it otherwise. */
export function withPageLines(a: Article): Article & { lines: ArticleLine[] } {
  return { ...(JSON.parse(JSON.stringify(a)) as Article), lines: a.lines ?? [] };
}

/** The article's JSON with its explanation in it (`show --explain --json`). */
export function withExplanation(a: Article): Article & { explain: ArticleExplanation } {
  return { ...(JSON.parse(JSON.stringify(a)) as Article), explain: a.explain ?? { entities: [], dates: [] } };
}
