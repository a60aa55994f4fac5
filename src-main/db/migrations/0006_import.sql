-- Import: where each imported entry came from, so importing the same notes again adds nothing twice
-- and an entry can say which file or export it was made from.
--
-- `source_key` names the item in its source: a Markdown file's path inside the chosen folder, a
-- Day One entry's uuid, a Joplin note's id (prefixed with the kind). `content_key` (Markdown only)
-- is a hash of the entry's date and text, so the same notes chosen through a different folder are
-- recognised too. `run_id` groups the entries of one import.
CREATE TABLE import_sources (
  id           TEXT PRIMARY KEY,
  entry_id     TEXT NOT NULL UNIQUE REFERENCES entries (id) ON DELETE CASCADE,
  run_id       TEXT NOT NULL,
  source_kind  TEXT NOT NULL CHECK (source_kind IN ('markdown', 'dayone', 'joplin')),
  origin       TEXT NOT NULL,
  source_key   TEXT NOT NULL UNIQUE,
  content_key  TEXT,
  imported_at  TEXT NOT NULL
);

CREATE INDEX import_sources_by_content ON import_sources (content_key) WHERE content_key IS NOT NULL;
CREATE INDEX import_sources_by_run ON import_sources (run_id);
