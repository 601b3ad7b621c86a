import { InputError, NotFoundError } from '../errors.js';
import type { Article, ArticleLine, Corpus } from '../types.js';

/** `icesco show <id>`: one article, by id or unique id prefix. */
export function findArticle(corpus: Corpus, id: string): Article {
  const exact = corpus.articles.find((a) => a.id === id) ?? corpus.articles.find((a) => a.duplicates.includes(id));
  if (exact) return exact;
  const prefixed = corpus.articles.filter((a) => a.id.startsWith(id));
  if (prefixed.length === 1) return prefixed[0];
  if (prefixed.length > 1) throw new InputError(`article id '${id}' is ambiguous: ${prefixed.slice(0, 5).map((a) => a.id).join(', ')}${prefixed.length > 5 ? ', …' : ''}`);
  throw new NotFoundError(`no article with id '${id}'`);
}

/** The article's JSON with its page lines in it (`show --lines --json`): they are left out of it otherwise. */
export function withPageLines(a: Article): Article & { lines: ArticleLine[] } {
  return { ...(JSON.parse(JSON.stringify(a)) as Article), lines: a.lines ?? [] };
}
