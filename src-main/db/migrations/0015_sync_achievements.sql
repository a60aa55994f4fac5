-- Achievements sync between computers like entries and goals (src-main/sync/achievement-record.ts):
-- every achievement written here is marked for the next sync round. One is removed only with its
-- entry purged for good, which the entry's own record carries, so no delete trigger is needed.

CREATE TRIGGER sync_dirty_achievement_insert AFTER INSERT ON achievements
BEGIN
  INSERT OR IGNORE INTO sync_dirty (key) VALUES ('achievement:' || NEW.id);
END;

CREATE TRIGGER sync_dirty_achievement_update AFTER UPDATE ON achievements
BEGIN
  INSERT OR IGNORE INTO sync_dirty (key) VALUES ('achievement:' || NEW.id);
END;

-- A journal already syncing sends the achievements it has with its next round.
INSERT OR IGNORE INTO sync_dirty (key)
  SELECT 'achievement:' || id FROM achievements
  WHERE EXISTS (SELECT 1 FROM sync_state WHERE key = 'enabled' AND value = '1');
