-- Sync between computers through a shared folder or a WebDAV server, merged by Yjs (see
-- src-main/sync/). Nothing here is used until sync is turned on in Settings.

-- Small values: this computer's device id, the next file number, the chosen target, the last
-- time a sync finished and the last problem.
CREATE TABLE sync_state (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- One Yjs document per synced record ('entry:<id>'): its full state, and the record as it was in
-- this journal when it last matched the document (`base`, canonical JSON). A local edit is the
-- difference between the journal now and `base`, applied to the document.
-- `view_state`/`view_base`: the document and record as the window last saw them, kept when a merge
-- from another computer changed the record under an open editor (NULL: the same as state/base). An
-- edit made on that older view is applied to it and merged, so it cannot undo the other's words.
CREATE TABLE sync_records (
  key         TEXT PRIMARY KEY,
  state       BLOB NOT NULL,
  base        TEXT NOT NULL,
  view_state  BLOB,
  view_base   TEXT
);

-- Records written in this journal since they were last compared with their document. Kept by
-- triggers, so every writer (the editor, history, import, the trash) is seen in one place.
CREATE TABLE sync_dirty (
  key TEXT PRIMARY KEY
) WITHOUT ROWID;

-- Yjs updates made here and not yet written to the sync target.
CREATE TABLE sync_outbox (
  id      INTEGER PRIMARY KEY AUTOINCREMENT,
  key     TEXT NOT NULL,
  update_ BLOB NOT NULL
);

-- Files from other computers already merged in: they are never rewritten, so a name seen once
-- is done.
CREATE TABLE sync_seen (
  device_id TEXT NOT NULL,
  file      TEXT NOT NULL,
  PRIMARY KEY (device_id, file)
) WITHOUT ROWID;

CREATE TRIGGER sync_dirty_entry_insert AFTER INSERT ON entries
BEGIN
  INSERT OR IGNORE INTO sync_dirty (key) VALUES ('entry:' || NEW.id);
END;

CREATE TRIGGER sync_dirty_entry_update AFTER UPDATE ON entries
BEGIN
  INSERT OR IGNORE INTO sync_dirty (key) VALUES ('entry:' || NEW.id);
END;

CREATE TRIGGER sync_dirty_entry_delete AFTER DELETE ON entries
BEGIN
  INSERT OR IGNORE INTO sync_dirty (key) VALUES ('entry:' || OLD.id);
END;

CREATE TRIGGER sync_dirty_tag_insert AFTER INSERT ON entry_tags
BEGIN
  INSERT OR IGNORE INTO sync_dirty (key) VALUES ('entry:' || NEW.entry_id);
END;

CREATE TRIGGER sync_dirty_tag_delete AFTER DELETE ON entry_tags
BEGIN
  INSERT OR IGNORE INTO sync_dirty (key) VALUES ('entry:' || OLD.entry_id);
END;

CREATE TRIGGER sync_dirty_link_insert AFTER INSERT ON entry_links
BEGIN
  INSERT OR IGNORE INTO sync_dirty (key) VALUES ('entry:' || NEW.entry_id);
END;

CREATE TRIGGER sync_dirty_link_delete AFTER DELETE ON entry_links
BEGIN
  INSERT OR IGNORE INTO sync_dirty (key) VALUES ('entry:' || OLD.entry_id);
END;

CREATE TRIGGER sync_dirty_aspiration_insert AFTER INSERT ON aspirations
BEGIN
  INSERT OR IGNORE INTO sync_dirty (key) VALUES ('aspiration:' || NEW.id);
END;

CREATE TRIGGER sync_dirty_aspiration_update AFTER UPDATE ON aspirations
BEGIN
  INSERT OR IGNORE INTO sync_dirty (key) VALUES ('aspiration:' || NEW.id);
END;

CREATE TRIGGER sync_dirty_goal_insert AFTER INSERT ON goals
BEGIN
  INSERT OR IGNORE INTO sync_dirty (key) VALUES ('goal:' || NEW.id);
END;

CREATE TRIGGER sync_dirty_goal_update AFTER UPDATE ON goals
BEGIN
  INSERT OR IGNORE INTO sync_dirty (key) VALUES ('goal:' || NEW.id);
END;

CREATE TRIGGER sync_dirty_step_insert AFTER INSERT ON goal_steps
BEGIN
  INSERT OR IGNORE INTO sync_dirty (key) VALUES ('goal:' || NEW.goal_id);
END;

CREATE TRIGGER sync_dirty_step_update AFTER UPDATE ON goal_steps
BEGIN
  INSERT OR IGNORE INTO sync_dirty (key) VALUES ('goal:' || NEW.goal_id);
END;

CREATE TRIGGER sync_dirty_values_insert AFTER INSERT ON values_checks
BEGIN
  INSERT OR IGNORE INTO sync_dirty (key) VALUES ('values:' || NEW.id);
END;

CREATE TRIGGER sync_dirty_values_update AFTER UPDATE ON values_checks
BEGIN
  INSERT OR IGNORE INTO sync_dirty (key) VALUES ('values:' || NEW.id);
END;
