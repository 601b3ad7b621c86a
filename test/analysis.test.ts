// The expensive readings are cached per article and computed in batches, in any worker: an
// article's reading must not depend on the articles read with it, nor on what was read before.
import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../src/analysis.js';
import { prepare, type ArticleText } from '../src/corpus.js';
import { forgetPhrases } from '../src/stages/entities/tokens.js';
import { CONTEXT } from './helpers/context.js';
import { seedPages } from './helpers/seeds.js';

const articles: ArticleText[] = prepare(seedPages(), CONTEXT).byPage.flat().map((a) => ({ title: a.title, paragraphs: a.paragraphs }));

const inBatches = (list: ArticleText[], size: number) => {
  const out = [];
  for (let i = 0; i < list.length; i += size) out.push(...analyzeArticles(list.slice(i, i + size)));
  return out.map((r) => JSON.stringify(r));
};

describe('analyzeArticles', () => {
  it('reads an article the same alone, in any batch, and with phrases read before or not', () => {
    expect(articles.length).toBeGreaterThan(40);
    forgetPhrases();
    const batched = inBatches(articles, 16);
    // compromise itself: each article read alone, nothing remembered from the batches.
    const alone = articles.map((a) => {
      forgetPhrases();
      return JSON.stringify(analyzeArticles([a])[0]);
    });
    expect(alone).toEqual(batched);
    // The remembered phrases: read again, in other batches, backwards.
    expect(inBatches([...articles].reverse(), 7).reverse()).toEqual(batched);
    // Something was found in them (the comparison is not between empty readings).
    expect(batched.filter((r) => r.includes('"type":"person"')).length).toBeGreaterThan(10);
  });
});
