-- Pictures and files kept inside the journal file, so backups, exports of the file and encryption
-- include them. Content-addressed: the same bytes added twice are kept once. `added_at` is the last
-- time the bytes were added (not the first), so a picture added again is never collected as unused
-- in the moment before the entry that holds it is saved. The bytes come last in the row, so
-- reading the other columns never walks them.
CREATE TABLE attachments (
  sha256     TEXT PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  name       TEXT NOT NULL,
  mime       TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('picture', 'file', 'program')),
  size       INTEGER NOT NULL CHECK (size > 0),
  added_at   TEXT NOT NULL,
  data       BLOB NOT NULL
);

CREATE INDEX attachments_by_size ON attachments (size DESC);

-- What refers to an attachment: live and trashed entries, and kept versions of an entry. Derived
-- from the stored rich text by the triggers below on every write, whichever code writes it (the
-- editor, history, import, archive restore). A reference to bytes that are not (or no longer)
-- here is kept as written; the attachment row is never required.
CREATE TABLE entry_attachments (
  entry_id   TEXT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
  sha256     TEXT NOT NULL,
  PRIMARY KEY (entry_id, sha256)
) WITHOUT ROWID;

CREATE INDEX entry_attachments_by_sha ON entry_attachments (sha256);

CREATE TABLE snapshot_attachments (
  snapshot_id TEXT NOT NULL REFERENCES entry_snapshots (id) ON DELETE CASCADE,
  sha256      TEXT NOT NULL,
  PRIMARY KEY (snapshot_id, sha256)
) WITHOUT ROWID;

CREATE INDEX snapshot_attachments_by_sha ON snapshot_attachments (sha256);

-- A reference is the `src` of a picture or file node: `attachment:` and 64 hex digits. The cheap
-- instr() test keeps saves of text without attachments from walking the JSON at all.
CREATE TRIGGER entry_attachments_on_insert AFTER INSERT ON entries
WHEN instr(NEW.body_json, '"attachment:') > 0 AND json_valid(NEW.body_json)
BEGIN
  INSERT OR IGNORE INTO entry_attachments (entry_id, sha256)
    SELECT NEW.id, substr(value, 12) FROM json_tree(NEW.body_json)
    WHERE key = 'src' AND type = 'text' AND length(value) = 75 AND value GLOB 'attachment:*';
END;

CREATE TRIGGER entry_attachments_on_update AFTER UPDATE OF body_json ON entries
WHEN OLD.body_json IS NOT NEW.body_json
BEGIN
  DELETE FROM entry_attachments WHERE entry_id = NEW.id;
  INSERT OR IGNORE INTO entry_attachments (entry_id, sha256)
    SELECT NEW.id, substr(value, 12) FROM json_tree(
      CASE WHEN instr(NEW.body_json, '"attachment:') > 0 AND json_valid(NEW.body_json)
        THEN NEW.body_json ELSE '[]' END)
    WHERE key = 'src' AND type = 'text' AND length(value) = 75 AND value GLOB 'attachment:*';
END;

CREATE TRIGGER snapshot_attachments_on_insert AFTER INSERT ON entry_snapshots
WHEN instr(NEW.body_json, '"attachment:') > 0 AND json_valid(NEW.body_json)
BEGIN
  INSERT OR IGNORE INTO snapshot_attachments (snapshot_id, sha256)
    SELECT NEW.id, substr(value, 12) FROM json_tree(NEW.body_json)
    WHERE key = 'src' AND type = 'text' AND length(value) = 75 AND value GLOB 'attachment:*';
END;
