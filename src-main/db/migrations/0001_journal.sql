-- The journal: one row per entry. Rich text is kept as tiptap JSON, with a plain-text copy for
-- search and the word count derived from it on every save.
CREATE TABLE entries (
  id          TEXT PRIMARY KEY,
  entry_date  TEXT NOT NULL CHECK (entry_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  title       TEXT NOT NULL DEFAULT '',
  body_json   TEXT NOT NULL,
  body_text   TEXT NOT NULL DEFAULT '',
  word_count  INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT,
  revision    INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX entries_by_date ON entries (entry_date DESC, created_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX entries_trashed ON entries (deleted_at) WHERE deleted_at IS NOT NULL;

-- Small key/value settings that belong with the journal (theme, reminders, ...).
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
