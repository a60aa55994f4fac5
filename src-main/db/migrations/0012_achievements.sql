-- Achievements: what a person got done, with its result and number, gathered as it happens (a
-- passage of a journal entry marked as an achievement, or a goal marked done). Each has a résumé
-- line: the person's own wording, or NULL while the line Waymark drafts from it is used.
--
-- `entry_id` cascades: purging an entry for good takes away the passage copied from it, so no
-- journal text outlives the entry. While the entry is in the trash its achievements are hidden
-- (they come back with it). `goal_id` and `aspiration_id` have no foreign key, as with
-- `entry_links`: goals and aspirations are only ever marked deleted, and the service checks they
-- exist. `source` says who made it: the person (from an entry, or by hand) or the goal-done rule,
-- which keeps at most one achievement per goal.
-- Deleting one marks it (`deleted_at`), like entries, goals and steps, so it can be restored.
CREATE TABLE achievements (
  id             TEXT PRIMARY KEY,
  source         TEXT NOT NULL DEFAULT 'person' CHECK (source IN ('person', 'goal')),
  entry_id       TEXT REFERENCES entries (id) ON DELETE CASCADE,
  goal_id        TEXT,
  aspiration_id  TEXT,
  -- the selected passage, plain text; empty means the whole entry
  passage        TEXT NOT NULL DEFAULT '',
  result         TEXT NOT NULL CHECK (length(trim(result)) > 0),
  metric_value   REAL,
  metric_unit    TEXT NOT NULL DEFAULT '',
  happened_on    TEXT NOT NULL CHECK (happened_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  resume_line    TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  deleted_at     TEXT,
  CHECK (source = 'person' OR goal_id IS NOT NULL)
);

CREATE INDEX achievements_by_date ON achievements (happened_on DESC) WHERE deleted_at IS NULL;
CREATE INDEX achievements_by_entry ON achievements (entry_id);
CREATE UNIQUE INDEX achievements_one_per_done_goal ON achievements (goal_id) WHERE source = 'goal';

-- Goals already done become achievements now, as marking one done does from here on
-- (src-main/achievements/goal-rule.ts): the goal's title as the result, its metric's current value
-- (else its target) with the unit (else the metric's name), on the day it was completed. Its id
-- is the goal's, as the rule gives it, so copies of a journal merge without a duplicate.
INSERT INTO achievements (id, source, goal_id, aspiration_id, result, metric_value, metric_unit,
                          happened_on, created_at, updated_at)
  SELECT g.id, 'goal', g.id, g.aspiration_id, trim(g.title),
    coalesce(g.metric_current, g.metric_target),
    CASE WHEN coalesce(g.metric_current, g.metric_target) IS NULL THEN ''
      ELSE substr(coalesce(nullif(trim(g.metric_unit), ''), trim(g.metric_name)), 1, 60) END,
    g.completed_on, g.updated_at, g.updated_at
  FROM goals g
  WHERE g.status = 'done' AND g.completed_on IS NOT NULL;
