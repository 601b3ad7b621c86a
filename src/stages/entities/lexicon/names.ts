/** Words inside personal names, and capitalised words that are never names. */
import type { WordClass } from './types.js';

export const NAMES: readonly WordClass[] = [
  {
    tag: 'NameParticle',
    reason: 'a lower-case particle that stays inside a personal name ("Ould Bah", "van der", "Al Thani")',
    words: ['al-', 'el-', 'de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'dos', 'das', 'ter', 'y'],
  },
  {
    tag: 'HyphenParticle',
    isA: 'NameParticle',
    reason: 'a particle joined to the name by a hyphen ("El-Sherif", "Abu-Bakr"): the compound is no English word',
    words: ['al', 'el', 'abd', 'abdel', 'ould', 'ben', 'ait'],
  },
  {
    tag: 'Patronymic',
    isA: 'NameParticle',
    reason: 'starts a father\'s name ("binti Haji Yusof"): what follows is a name, and a name never ends there',
    words: ['binti'],
  },
  {
    tag: 'HyphenPatronymic',
    isA: ['Patronymic', 'HyphenParticle'],
    reason: 'a father\'s name\'s particle, written with a hyphen too ("bin-Talal")',
    words: ['bin', 'bint'],
  },
  {
    tag: 'NasabKunya',
    isA: 'HyphenParticle',
    reason: 'opens an Arabic name by a son or a father ("Abu Bakr", "Ibn Battuta")',
    words: ['abu'],
  },
  {
    tag: 'PatronymicNasab',
    isA: ['HyphenPatronymic', 'NasabKunya'],
    reason: '"ibn": a father\'s name inside a name, or the start of a name of its own ("Ibn Battuta")',
    words: ['ibn'],
  },
  {
    tag: 'NameSuffix',
    reason: 'an abbreviation after a name: its dot ends no sentence ("Martin Luther King Jr. said")',
    words: ['Jr.', 'Sr.'],
  },
  {
    tag: 'NotName',
    reason: 'a generic word that is no name even when capitalised in running text',
    words: [
      'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'in', 'on', 'at', 'during',
      'moreover', 'furthermore', 'however', 'meanwhile', 'additionally', 'also', 'for', 'and', 'but', 'with', 'as',
      'both', 'all', 'each', 'several', 'after', 'before', 'following', 'through', 'under', 'among', 'within', 'while',
      'he', 'she', 'they', 'it', 'we', 'i', 'you', 'member', 'states', 'islamic', 'world', 'arab', 'organization',
      'allah', 'god', 'dieu', 'prophet', 'quran', 'holy', 'muslims', 'islam', 'internet', 'covid-19', 'covid',
    ],
  },
  {
    tag: 'ContextMonth',
    reason: 'a month compromise tags only in context (also a verb, a modal): the other months and the weekdays are its #Month and #WeekDay',
    words: ['march', 'may'],
  },
];
