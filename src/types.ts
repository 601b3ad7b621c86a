/**
 * The records that flow between icesco's pipeline stages. Everything here is plain data that
 * serialises to the JSON users see; field names are a public contract (see README).
 */

/** One input page as loaded: the only stage that touches the file system produces these. */
export interface Page {
  /** The page's path as the user gave it (or "-" for stdin). */
  source: string;
  /** What the page's article ids start with: the file name's first 12 characters and a short hash of the page ("news-3fa2c"). */
  name: string;
  /** The decoded text of the page. */
  text: string;
  /**
   * A page read from a file of its own: the file's stat ("size:mtime:ctime:inode:device"), the
   * page's name before any disambiguation, and what decoding it warned of. The cache keeps them
   * to know the file again without reading it (LoadOptions.known).
   */
  file?: { stat: string; name: string; warning?: string };
  /** Its cache key, when known without reading it (LoadOptions.known); its text is then read when first asked for. */
  key?: string;
}

/** A non-blank line of a page, with its 1-based line number. */
export interface PageLine {
  lineNo: number;
  text: string;
  /** A body line that goes on the paragraph of the line before it (a page scraped with hard line breaks: segment.ts). */
  continues?: true;
}

/**
 * What a line of a page is (lines.ts, segment.ts). Article content: title, dateline, prose,
 * subheading, list, text. Chrome: the rest, each a reason in the boilerplate report.
 */
export type LineClass =
  | 'title' | 'dateline' | 'prose' | 'subheading' | 'list' | 'text'
  | 'byline' | 'widget' | 'navigation' | 'teaser' | 'caption' | 'repeated-title';

/**
 * Why a line was judged to be page chrome rather than article text: its class (a byline, a
 * widget, navigation, a teaser of another article, a caption printed twice, a title printed
 * again), or where it stands: above the first article (header), after the first widget below
 * the page's last paragraph (footer), recurring on more pages than its article (recurring), or a
 * title left with no body (orphan).
 */
export type BoilerplateReason = 'header' | 'footer' | 'recurring' | 'orphan' | 'byline' | 'widget' | 'navigation' | 'teaser' | 'caption' | 'repeated-title';

/** A line removed from one page as chrome. */
export interface ChromeLine {
  pageIndex: number;
  lineNo: number;
  text: string;
  reason: BoilerplateReason;
  /** How many lines of its page it stands for (the update state keeps one per distinct line: see PageChrome); 1 when absent. */
  count?: number;
}

/** The date a dateline gives, as the parser read it (the year may be missing). */
export interface LineDate {
  /** The date's own words in the line. */
  text: string;
  year: number | null;
  month: number;
  day: number;
  weekday: number | null;
}

/** A line (or a lead's opening credit) that dates an article. */
export interface Dateline {
  lineNo: number;
  /** The whole line, or the credit that opens the lead ("RIYADH, Jan 18 (KUNA)"). */
  text: string;
  /** True for a lead's credit: the line itself is the article's first paragraph. */
  inline: boolean;
  /** A scraper's stored stamp (" date 2021-01-14 ") rather than a line the page printed. */
  stamp: boolean;
  date: LineDate;
}

/** A line of an article's span on its page, and what it was judged to be (`show --lines`). */
export interface ArticleLine {
  line: number;
  /** What the line was judged to be; 'recurring', 'orphan' and 'footer' are verdicts on where it stands (see BoilerplateReason). */
  class: LineClass | 'recurring' | 'orphan' | 'footer';
  text: string;
  /** Removed from the article as chrome (reported by `icesco boilerplate`). */
  removed: boolean;
}

/** An article as segmentation finds it: its title, datelines and body paragraphs. */
export interface ArticleBlock {
  pageIndex: number;
  /** 0-based position of the article on its page. */
  index: number;
  /** The title line; null when the page prints none (the title is then the lead's opening). */
  title: PageLine | null;
  /** The title as shown: the title line, or the lead's first sentence (six words or more). */
  heading: string;
  /** The lines that date the article: under its title, above it, or opening its lead. */
  datelines: Dateline[];
  body: PageLine[];
  /** Every line of the article's span with its class, the removed ones included. */
  lines: ArticleLine[];
  /** Read from a page with hard line breaks inside its paragraphs: its lines are pieces of them, never chrome by recurrence. */
  wrapped?: true;
}

/** The result of segmenting one page. */
export interface SegmentedPage {
  pageIndex: number;
  /** Lines that belong to no article, or were judged chrome inside one, with the reason. */
  chrome: ChromeLine[];
  articles: ArticleBlock[];
}

/** One distinct chrome line across the corpus, as `icesco boilerplate` reports it. */
export interface BoilerplateEntry {
  text: string;
  reason: BoilerplateReason;
  /** Number of distinct pages carrying the line. */
  pageCount: number;
  /** Total occurrences across pages. */
  occurrenceCount: number;
  /** Sources of the pages carrying it. */
  sources: string[];
}

export type Granularity = 'day' | 'month';

/** One date expression found in an article. */
export interface DateMention {
  /** The minimal verbatim span, without a leading "on". */
  text: string;
  /** ISO date of the first day. */
  start: string;
  /** ISO date of the last day for ranges and months; null for a single day. */
  end: string | null;
  granularity: Granularity;
  /** The sentence the mention occurs in. */
  sentence: string;
  /** Whether the mention announces something ahead of the text (a deadline, an upcoming event). */
  future: boolean;
  /** Set when the text names a weekday that contradicts the date. */
  warning?: string;
}

/** How an article's own date was decided. */
export type DateSource = 'dateline' | 'body' | 'inferred';

/** A person as mentioned in one article. */
export interface PersonRef {
  /** Canonical name (corpus-wide). */
  name: string;
  /** Other surface forms, honorifics removed. */
  aliases: string[];
  /** Roles given to the person in this article ("Director-General of ICESCO"). */
  roles: string[];
}

/** A place as mentioned in one article. */
export interface PlaceRef {
  name: string;
  /** The other forms the article writes it in ("Kingdom of Morocco", "Vatican" for "Vatican City"). */
  aliases: string[];
  /** True when the place is a country. */
  country: boolean;
  /** The country it is in (its own name for a country), where known; else null. */
  countryName: string | null;
}

/** An organization as mentioned in one article. */
export interface OrganizationRef {
  /** Full name (corpus-wide canonical). */
  name: string;
  /** Acronyms and short forms. */
  aliases: string[];
}

/** The public article record: what `icesco list --json` prints. */
export interface Article {
  /** Stable id: the start of the page's file name, a short hash of the page, and the position on it, e.g. "news-3fa2c-03". */
  id: string;
  /** The page's path as given. */
  source: string;
  title: string;
  /** The article's own date (YYYY-MM-DD) or null. */
  date: string | null;
  dateSource: DateSource | null;
  /** The text the date was taken from. */
  dateText: string | null;
  dates: DateMention[];
  people: PersonRef[];
  places: PlaceRef[];
  organizations: OrganizationRef[];
  /** The article body, boilerplate removed, paragraphs separated by blank lines. */
  text: string;
  /** Ids of other occurrences folded into this one. */
  duplicates: string[];
  /**
   * The article's lines on its page with the class each got, removed ones included. Not
   * enumerable: `list --json` leaves it out, `show --lines` prints it.
   */
  lines?: ArticleLine[];
  /**
   * Where the article's entities and dates came from (`show --explain`). Not enumerable, and
   * not kept in the stored corpus: present only on a corpus assembled with `explain` on.
   */
  explain?: ArticleExplanation;
}

/** For each entity and date of an article, the rule that found it and the rules that shaped it. */
export interface ArticleExplanation {
  entities: {
    type: EntityType;
    /** The canonical name, as in the article's people / places / organizations. */
    name: string;
    /** Each surface form: the find pass that read it, and the merge rule that joined it to the name. */
    forms: { text: string; pass: string; rule: string }[];
  }[];
  dates: {
    text: string;
    start: string;
    end: string | null;
    /** The parser that read it ('chrono.casual', 'icesco.…', or 'icesco.dateline'). */
    rule: string;
    /** The refiners that changed it, in order. */
    refinedBy: string[];
  }[];
}

/** A corpus-wide entity, as `icesco entities` reports it. */
export type EntityType = 'person' | 'place' | 'organization';

/** One mention of a corpus-wide entity. */
export interface EntityMention {
  text: string;
  article: string;
}

export interface EntitySummary {
  name: string;
  type: EntityType;
  aliases: string[];
  /** Number of (deduplicated) articles mentioning the entity: `articleIds`'s length. */
  articleCount: number;
  /** Every mention: its surface form and article (the scorer reads these forms too). */
  mentions: EntityMention[];
  /** Number of mentions across those articles. */
  mentionCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  /** Latest role seen (people only). */
  role?: string | null;
  /** Places: is it a country. */
  country?: boolean;
  /** Places: the country it is in (its own name for a country), where known. */
  countryName?: string | null;
  /** Ids of the articles. */
  articleIds: string[];
}

/** A non-fatal problem with one input, reported on stderr. */
export interface InputWarning {
  source: string;
  message: string;
}

/** The result of analysing a set of pages. */
export interface Corpus {
  /** Deduplicated articles, in page order. */
  articles: Article[];
  boilerplate: BoilerplateEntry[];
  /** Corpus-wide people, places and organizations. */
  entities: EntitySummary[];
  /** Number of pages analysed. */
  pages: number;
  /** Non-fatal problems found while analysing (a page with no article). */
  warnings: InputWarning[];
  /**
   * Set (not enumerable) on a corpus read back from the cache: an article's JSON as stored
   * (UTF-8, 2-space indented as inside an array), so listing copies it instead of re-serialising.
   */
  articleJson?: (article: Article) => Uint8Array | undefined;
  /**
   * Set (not enumerable) on a corpus read back from the cache: its questions answered through the
   * database's indexes, reading only the rows they need. Commands use it when it is there, and
   * answer the same from the arrays above when it is not.
   */
  index?: CorpusIndex;
  /** Set (not enumerable) on a corpus read back from the cache: the cache's directory and the corpus's key there. */
  storedAs?: { dir: string; key: string };
}

/** A date mention with the article it belongs to: what `icesco dates` lists. */
export interface DateRow extends DateMention {
  article: string;
  title: string;
  articleDate: string | null;
  /** Where the mention lies relative to its article's own date. */
  relation: 'before' | 'same' | 'after' | null;
}

/** Articles to pick: in a period, and naming one of the given entities of each kind (null: any). */
export interface ArticleQuery {
  since?: string;
  until?: string;
  people: Set<string> | null;
  places: Set<string> | null;
  organizations: Set<string> | null;
}

/** Date mentions to pick (see `icesco dates`). */
export interface DateQuery {
  since?: string;
  until?: string;
  /** After their article's date, or announced ahead when the article is undated. */
  upcoming?: boolean;
  /** On or before their article's date. */
  past?: boolean;
  /** Only those whose weekday contradicts the date. */
  warnings?: boolean;
  limit?: number;
}

/** The questions a stored corpus answers from its database (see store.ts). */
export interface CorpusIndex {
  /** The articles the query picks, newest first (undated last, then by id), at most `limit`. */
  articles(query: ArticleQuery, limit?: number): Article[];
  /** How many of the articles the query picks bear each date (undated ones are not counted). */
  dateCounts(query: ArticleQuery): Map<string, number>;
  /** The articles with these ids, in corpus order. */
  articlesWithIds(ids: readonly string[]): Article[];
  /** How many articles the corpus holds (without reading them). */
  articleCount(): number;
  /** The corpus-wide entities of one type (of every type when none is given), in corpus order. */
  entities(type?: EntityType): EntitySummary[];
  /** The date mentions the query picks, by date, then article id, then as found. */
  dates(query: DateQuery): DateRow[];
  /** What `who` reads of the articles naming an entity, without reading the articles whole. */
  articlesNaming(entity: EntitySummary): ArticlesNaming;
}

/** What `who` reads of the articles naming an entity (commands/who.ts). */
export interface ArticlesNaming {
  /** Each article's id, date and title, in corpus order. */
  articles: { id: string; date: string | null; title: string }[];
  /** Per type, every name the articles carry (the entity's own included), and in how many of them. */
  names: Record<'people' | 'places' | 'organizations', Map<string, number>>;
  /** For a person, the roles each article gives it (each once), with the article's date, in corpus order. */
  roles: { date: string | null; roles: string[] }[];
}
