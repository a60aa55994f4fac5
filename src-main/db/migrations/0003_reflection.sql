-- Reflection: tags on entries, entry history (snapshots), and one full-text index for everything a
-- person can search (journal entries now; aspirations and goals join it with the career plan).

-- Tags. `name` keeps the spelling first used; `name_key` (trimmed, lower case) makes names unique
-- regardless of case.
CREATE TABLE tags (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  name_key    TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL
);

CREATE TABLE entry_tags (
  entry_id    TEXT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
  tag_id      TEXT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  created_at  TEXT NOT NULL,
  PRIMARY KEY (entry_id, tag_id)
) WITHOUT ROWID;

CREATE INDEX entry_tags_by_tag ON entry_tags (tag_id, entry_id);

-- Earlier versions of an entry's text, kept while it is edited and before a version is restored.
CREATE TABLE entry_snapshots (
  id          TEXT PRIMARY KEY,
  entry_id    TEXT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
  created_at  TEXT NOT NULL,
  reason      TEXT NOT NULL CHECK (reason IN ('edit', 'before-restore')),
  title       TEXT NOT NULL DEFAULT '',
  body_json   TEXT NOT NULL,
  body_text   TEXT NOT NULL DEFAULT '',
  word_count  INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX entry_snapshots_by_entry ON entry_snapshots (entry_id, created_at DESC);

-- The search index. Derived data: it can always be rebuilt from the tables above, so an export
-- can leave it (and FTS5's own search_index_* tables) out. `search_documents` gives each indexed
-- thing a stable rowid, so updating or removing one document never scans the index.
CREATE TABLE search_documents (
  doc_id      INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL,
  ref_id      TEXT NOT NULL,
  UNIQUE (kind, ref_id)
);

-- remove_diacritics 2: "cafe" finds "café" and the reverse. The prefix index keeps
-- search-as-you-type (the last word is a prefix) fast even for one or two letters.
CREATE VIRTUAL TABLE search_index USING fts5 (
  kind UNINDEXED,
  ref_id UNINDEXED,
  date UNINDEXED,
  title,
  body,
  tags,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);

-- Ranking: a word in the title counts ten times a word in the body, a tag four times.
INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(0.0, 0.0, 0.0, 10.0, 1.0, 4.0)');

-- Index the entries that already exist (the trash is never searched), as
-- src-main/journal/search-sync.ts does on every save: the title is the entry's title, the body its
-- whole text, with the two characters that mark matches in snippets blanked out.
INSERT INTO search_documents (kind, ref_id)
  SELECT 'entry', id FROM entries WHERE deleted_at IS NULL;

INSERT INTO search_index (rowid, kind, ref_id, date, title, body, tags)
  SELECT d.doc_id, 'entry', e.id, e.entry_date,
    replace(replace(e.title, char(2), ' '), char(3), ' '),
    replace(replace(e.body_text, char(2), ' '), char(3), ' '),
    ''
  FROM entries e
  JOIN search_documents d ON d.kind = 'entry' AND d.ref_id = e.id
  WHERE e.deleted_at IS NULL;
