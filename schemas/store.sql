-- The newsgraph knowledge base (newsgraph add / export / facts / stats), SQLite.
--
-- application_id marks a file as a newsgraph store ('NGST'); user_version is
-- the schema version. A store whose user_version is newer than this file's is
-- refused by name; raise the version whenever a table changes.
PRAGMA application_id = 1313297236;
PRAGMA user_version = 1;

-- A story: the articles that share a source address, or a title and outlet.
-- Its articles with different texts are its versions 1, 2, ...
CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE            -- 'url <address>' or 'title <outlet><TAB><title>'
);

-- One article, stored once: its clean text's SHA-256 is unique.
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,             -- order of addition
  content_hash TEXT NOT NULL UNIQUE,  -- SHA-256 (hex) of the clean UTF-8 text
  name TEXT NOT NULL,                 -- file name, as in evidence
  path TEXT NOT NULL,                 -- the path it was added from
  title TEXT NOT NULL,
  date TEXT NOT NULL,                 -- as written
  day TEXT NOT NULL,                  -- date as YYYY-MM-DD, '' when not read
  outlet TEXT NOT NULL,               -- publisher
  address TEXT NOT NULL,              -- the page's own address (URL)
  format TEXT NOT NULL,               -- text | html
  text_bytes INTEGER NOT NULL,
  story_id INTEGER REFERENCES stories(id),  -- NULL: no address nor title
  version INTEGER NOT NULL DEFAULT 1,
  UNIQUE (story_id, version)
);
CREATE INDEX articles_by_day ON articles(day);

-- An entity merged over every article, by canonical id.
CREATE TABLE entities (
  id TEXT PRIMARY KEY,                -- canonical id (ISO3, slug)
  type TEXT NOT NULL,
  kind TEXT NOT NULL,
  label TEXT NOT NULL,                -- the longest label seen (ties: the smallest)
  iso3 TEXT NOT NULL,
  mentions INTEGER NOT NULL,          -- over all articles
  articles INTEGER NOT NULL           -- articles naming it
) WITHOUT ROWID;

-- An entity as one article names it.
CREATE TABLE mentions (
  article_id INTEGER NOT NULL REFERENCES articles(id),
  entity_id TEXT NOT NULL REFERENCES entities(id),
  type TEXT NOT NULL,
  kind TEXT NOT NULL,
  label TEXT NOT NULL,
  iso3 TEXT NOT NULL,
  aliases TEXT NOT NULL,              -- '|'-joined
  mentions INTEGER NOT NULL,
  extra TEXT NOT NULL,                -- JSON object of other attributes
  PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;
-- No index by entity_id, nor facts by target: no query reads them that way
-- (a neighbourhood is walked in memory), and each took a random insert per
-- row: a quarter of add's CPU on 10,000 articles of distinct facts.

-- A fact merged over every article: (source, type, target).
CREATE TABLE facts (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL REFERENCES entities(id),
  type TEXT NOT NULL,
  target TEXT NOT NULL REFERENCES entities(id),
  UNIQUE (source, type, target)
);

-- A fact as one article states it.
CREATE TABLE statements (
  id INTEGER PRIMARY KEY,
  fact_id INTEGER NOT NULL REFERENCES facts(id),
  article_id INTEGER NOT NULL REFERENCES articles(id),
  label TEXT NOT NULL,
  asserted_by TEXT NOT NULL,          -- '|'-joined node ids
  date TEXT NOT NULL,
  confidence REAL NOT NULL,
  weight INTEGER NOT NULL,
  roles TEXT NOT NULL,                -- JSON object: role -> node id or text
  extra TEXT NOT NULL                 -- JSON object of other attributes
);
CREATE INDEX statements_by_article ON statements(article_id);
CREATE INDEX statements_by_fact ON statements(fact_id);

-- The sentences that state a statement.
CREATE TABLE evidence (
  statement_id INTEGER NOT NULL REFERENCES statements(id),
  text TEXT NOT NULL,
  begin_offset INTEGER NOT NULL,      -- bytes in the article's clean text
  end_offset INTEGER NOT NULL
);
CREATE INDEX evidence_by_statement ON evidence(statement_id);
