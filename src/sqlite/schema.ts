/**
 * The SQLite schema `icesco export --sqlite` writes and `icesco search` queries: one statement
 * per table, each column documented by a comment that SQLite keeps in the schema (`.schema` in
 * sqlite3 and Datasette's table pages show it). docs/sqlite.md describes the same tables.
 *
 * Two choices worth knowing:
 *   - articles has an INTEGER PRIMARY KEY (`position`) beside its text `id` (UNIQUE): the FTS5
 *     index is external-content over articles and needs a rowid that VACUUM keeps; every other
 *     table refers to articles by the text id a user sees in `icesco list`.
 *   - people, places and organizations share one id space, that of `entities`, so that
 *     `aliases` and `mentions` can have a real foreign key whatever the entity's type.
 */

/** Bumped whenever a table or column changes: a stored search index of another version is rebuilt. */
export const SCHEMA_VERSION = 1;

/** bm25 weights of articles_fts's columns (title, text): a word in the title counts ten times one in the body. */
export const BM25_WEIGHTS = [10, 1] as const;

/** The tables, in the order they are created (a table before those that refer to it). */
export const TABLES: string[] = [
  `CREATE TABLE meta (
  key TEXT PRIMARY KEY,            -- schema_version, icesco_version, page_count, article_count, contents ('all'; 'search' for search's own index, without mentions and dates)
  value TEXT NOT NULL
)`,
  `CREATE TABLE articles (
  position INTEGER PRIMARY KEY,    -- 1-based place in corpus (page) order; the rowid articles_fts indexes
  id TEXT NOT NULL UNIQUE,         -- the article id icesco prints, e.g. 000_55f9d866b8a4f3e8-31e1d7-03
  source TEXT NOT NULL,            -- the page's path as given on the command line
  title TEXT NOT NULL,             -- the title line, or the lead's first sentence when the page prints none
  date TEXT,                       -- the article's own date, YYYY-MM-DD; NULL when undated
  date_source TEXT CHECK (date_source IN ('dateline', 'body', 'inferred')), -- how the date was decided
  date_text TEXT,                  -- the words the date was read from
  text TEXT NOT NULL,              -- the body, boilerplate removed, paragraphs separated by a blank line
  duplicate_count INTEGER NOT NULL -- copies of this article folded into it (see duplicates)
)`,
  `CREATE TABLE entities (
  id INTEGER PRIMARY KEY,          -- shared by people, places and organizations
  type TEXT NOT NULL CHECK (type IN ('person', 'place', 'organization')),
  name TEXT NOT NULL,              -- the corpus-wide canonical name
  UNIQUE (type, name)
)`,
  `CREATE TABLE people (
  id INTEGER PRIMARY KEY REFERENCES entities (id),
  name TEXT NOT NULL UNIQUE,       -- canonical name, honorifics removed
  role TEXT,                       -- the latest role seen ("Director-General of ICESCO"); NULL if none
  article_count INTEGER NOT NULL,  -- articles mentioning the person
  mention_count INTEGER NOT NULL,  -- mentions across those articles
  first_seen TEXT,                 -- date of the earliest dated article mentioning the person
  last_seen TEXT                   -- date of the latest
)`,
  `CREATE TABLE places (
  id INTEGER PRIMARY KEY REFERENCES entities (id),
  name TEXT NOT NULL UNIQUE,
  country INTEGER NOT NULL CHECK (country IN (0, 1)), -- 1 when the place is a country
  country_name TEXT,               -- the country it is in (its own name for a country); NULL if unknown
  article_count INTEGER NOT NULL,
  mention_count INTEGER NOT NULL,
  first_seen TEXT,
  last_seen TEXT
)`,
  `CREATE TABLE organizations (
  id INTEGER PRIMARY KEY REFERENCES entities (id),
  name TEXT NOT NULL UNIQUE,       -- full name; acronyms are in aliases
  article_count INTEGER NOT NULL,
  mention_count INTEGER NOT NULL,
  first_seen TEXT,
  last_seen TEXT
)`,
  `CREATE TABLE aliases (
  entity_id INTEGER NOT NULL REFERENCES entities (id),
  alias TEXT NOT NULL,             -- another form of the name: a family name, an acronym, "Kingdom of Morocco"
  PRIMARY KEY (entity_id, alias)
)`,
  `CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  entity_id INTEGER NOT NULL REFERENCES entities (id),
  article_id TEXT NOT NULL REFERENCES articles (id),
  text TEXT NOT NULL               -- the words as written (no character offsets: the analysis does not keep them)
)`,
  `CREATE TABLE dates (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles (id),
  text TEXT NOT NULL,              -- the date expression as written, e.g. "Wednesday, 12 November 2025"
  start_date TEXT NOT NULL,        -- its first day, YYYY-MM-DD
  end_date TEXT,                   -- its last day for a range or a month; NULL for a single day
  granularity TEXT NOT NULL CHECK (granularity IN ('day', 'month')),
  sentence TEXT NOT NULL,          -- the sentence it occurs in
  future INTEGER NOT NULL CHECK (future IN (0, 1)), -- 1 when it announces something ahead of the text (a deadline, an event)
  warning TEXT                     -- set when the text names a weekday that contradicts the date
)`,
  `CREATE TABLE article_people (
  article_id TEXT NOT NULL REFERENCES articles (id),
  person_id INTEGER NOT NULL REFERENCES people (id),
  roles TEXT NOT NULL,             -- JSON array of the roles the article gives the person
  PRIMARY KEY (article_id, person_id)
)`,
  `CREATE TABLE article_places (
  article_id TEXT NOT NULL REFERENCES articles (id),
  place_id INTEGER NOT NULL REFERENCES places (id),
  PRIMARY KEY (article_id, place_id)
)`,
  `CREATE TABLE article_organizations (
  article_id TEXT NOT NULL REFERENCES articles (id),
  organization_id INTEGER NOT NULL REFERENCES organizations (id),
  PRIMARY KEY (article_id, organization_id)
)`,
  `CREATE TABLE duplicates (
  duplicate_id TEXT PRIMARY KEY,   -- id the folded copy would have had (it is not in articles)
  article_id TEXT NOT NULL REFERENCES articles (id) -- the article kept
)`,
  // External content: the texts are stored once, in articles. Porter stemming ("agreements"
  // finds "agreement"); diacritics folded ("Fès" finds "Fes"). `content="articles"` is written
  // with double quotes because that is the form Datasette looks for to offer search on articles.
  `CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, text,
  content="articles", content_rowid="position",
  tokenize="porter unicode61 remove_diacritics 2"
)`,
];

/** Indexes on what people filter and join on. */
export const INDEXES: string[] = [
  'CREATE INDEX articles_date ON articles (date)',
  'CREATE INDEX articles_source ON articles (source)',
  'CREATE INDEX entities_name ON entities (name COLLATE NOCASE)',
  'CREATE INDEX people_name_nocase ON people (name COLLATE NOCASE)',
  'CREATE INDEX places_name_nocase ON places (name COLLATE NOCASE)',
  'CREATE INDEX places_country_name ON places (country_name)',
  'CREATE INDEX organizations_name_nocase ON organizations (name COLLATE NOCASE)',
  'CREATE INDEX aliases_alias ON aliases (alias COLLATE NOCASE)',
  'CREATE INDEX mentions_entity ON mentions (entity_id)',
  'CREATE INDEX mentions_article ON mentions (article_id)',
  'CREATE INDEX dates_article ON dates (article_id)',
  'CREATE INDEX dates_start ON dates (start_date)',
  'CREATE INDEX article_people_person ON article_people (person_id)',
  'CREATE INDEX article_places_place ON article_places (place_id)',
  'CREATE INDEX article_organizations_organization ON article_organizations (organization_id)',
  'CREATE INDEX duplicates_article ON duplicates (article_id)',
];

/**
 * Keep articles_fts in step with articles when someone edits the exported file (the standard
 * triggers for an external-content FTS5 table); icesco itself never changes a written file.
 */
export const TRIGGERS: string[] = [
  `CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.position, new.title, new.text);
END`,
  `CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.position, old.title, old.text);
END`,
  `CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.position, old.title, old.text);
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.position, new.title, new.text);
END`,
];
