/** What merging reads and returns. */
import type { OrganizationRef, PersonRef, PlaceRef, EntitySummary } from '../../../types.js';
import type { RawEntity } from '../find.js';
import type { ExplainedEntity } from './explain.js';

export interface ArticleMentions {
  id: string;
  date: string | null;
  entities: RawEntity[];
}

export interface ArticleEntities {
  people: PersonRef[];
  places: PlaceRef[];
  organizations: OrganizationRef[];
}

export interface CorpusEntities {
  perArticle: ArticleEntities[];
  summaries: EntitySummary[];
  /**
   * Per article (as perArticle), its entities with, for each form, the pass that found it and the
   * rule that joined it: people first, then organizations, then places, each in perArticle's order.
   */
  perArticleExplain: ExplainedEntity[][];
}
