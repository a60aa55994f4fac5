-- A save says which revision of an entry it was typed on, so sync can tell exactly what the person
-- changed (see src-main/sync/collect.ts). This replaces the one "older view" kept per record, which
-- had to guess which text a window held and could guess wrong after two merges.

-- The entry's revision that `sync_records.base` is (NULL for kinds without revisions).
ALTER TABLE sync_records ADD COLUMN revision INTEGER;
ALTER TABLE sync_records DROP COLUMN view_state;
ALTER TABLE sync_records DROP COLUMN view_base;

-- Earlier revisions a window may still hold, each with the Yjs document and record it was: kept
-- when a merge from another computer wrote over it, and when a save typed on an older revision was
-- merged. A few newest per record are kept.
CREATE TABLE sync_versions (
  key      TEXT NOT NULL,
  revision INTEGER NOT NULL,
  state    BLOB NOT NULL,
  base     TEXT NOT NULL,
  PRIMARY KEY (key, revision)
) WITHOUT ROWID;

-- For a record saved since it was last compared with its document, the oldest revision a save was
-- typed on when that was not the revision it replaced (a window that had not shown a merge yet).
CREATE TABLE sync_typed_on (
  key      TEXT PRIMARY KEY,
  revision INTEGER NOT NULL
) WITHOUT ROWID;

-- Sync reads all of a goal's steps, deleted ones too: the index the plan has covers only live ones,
-- so each read scanned every step of every goal (a join reads each goal's steps three times).
CREATE INDEX goal_steps_all_by_goal ON goal_steps (goal_id);
