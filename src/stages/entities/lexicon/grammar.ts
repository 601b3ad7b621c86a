/** Small words the rules read around names: connectors, and the words that bound a description. */
import type { WordClass } from './types.js';

export const GRAMMAR: readonly WordClass[] = [
  {
    tag: 'Complement',
    reason: 'opens the complement of an organization\'s head ("Ministry of ...", "Center for ...", "Commission on ...")',
    words: ['of', 'for', 'on'],
  },
  {
    tag: 'AcronymConnector',
    reason: 'a small word a name may run through before the words its acronym adds ("... Cooperation in Europe (OSCE)")',
    words: ['in', 'of', 'for', 'on', 'and', 'the'],
  },
  {
    tag: 'DescriptionBreak',
    reason: 'ends an apposition\'s description before its business noun ("an engineer at a local firm" describes a person)',
    words: ['at', 'of', 'for', 'in', 'with', 'by', 'from', 'and', 'or', 'who', 'which', 'that', 'to', 'on'],
  },
  {
    tag: 'AfterDescription',
    reason: 'may follow the business noun that ends a description ("a firm, which", "a startup specializing in")',
    words: ['that', 'which', 'specializing', 'specialising', 'specialized', 'specialised', 'based', 'founded', 'providing', 'working', 'dedicated', 'with', 'in', 'from', 'of', 'whose'],
  },
  {
    tag: 'ExampleOpener',
    reason: 'opens the examples of a class just named ("companies, including X, Y and Z"; "such as" is read as "as" after "such")',
    words: ['including', 'as', 'namely', 'notably'],
  },
  {
    tag: 'SourceVerb',
    reason: 'after a news agency\'s name, makes it the source of the report ("Trend reports", "KUNA reported")',
    words: ['reports', 'reported', 'informs', 'informed'],
  },
  {
    tag: 'PhraseJoiner',
    reason: 'joins capitalised words into one phrase for compromise to read ("Ministry of Culture", "Ibrahim bin Radi")',
    words: ['of', 'for', 'and', 'the', 'bin', 'bint', 'ibn', 'al', 'el', 'de', 'da', 'van', 'von', 'la', 'abu', 'ould', '&'],
  },
  {
    tag: 'NameArticle',
    reason: 'a lower-case article or particle joined to a capitalised name by a hyphen, which is then capitalised ("al-Maliki", "bin-Talal")',
    words: ['al', 'el', 'ad', 'ar', 'as', 'at', 'an', 'ash', 'az', 'ibn', 'bin', 'abu', 'ould'],
  },
];
