/**
 * The article a new reader of the expensive readings warms up on (worker.ts, reader.ts): the
 * first article compromise and chrono-node read pays their one-time set-up.
 */
import type { ArticleText } from './corpus.js';

/** An invented article that takes every path of the readings: dates, people with roles, organizations with an acronym, places. */
export const WARM_UP_ARTICLE: ArticleText = {
  title: 'Education Ministers Meet in Rabat to Launch Regional Literacy Programme',
  paragraphs: [
    'The Director-General of the Arab League Educational, Cultural and Scientific Organization (ALECSO), Dr. Karim Haddad, met on Tuesday, 12 March 2024, with Ms. Amina Diallo, Minister of National Education of Senegal, at the headquarters of the organization in Tunis, Tunisia.',
    'Haddad said that the programme, backed by UNESCO and the World Bank, will open applications on 1 April and run until the end of June 2025 in Dakar and Cairo.',
  ],
};
