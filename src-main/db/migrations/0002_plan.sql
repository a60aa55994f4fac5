-- The career plan: aspirations (long-term end points), the SMART goals worked out backwards from
-- them, each goal's steps, and the history of every version of an aspiration or a goal.
--
-- Every table has a TEXT primary key `id` (UUID) so a generic export/import can address any row.
-- Calendar dates are `YYYY-MM-DD` text, never instants; timestamps (`*_at`) are ISO instants.
-- Nothing is deleted in place: `deleted_at` marks a row as deleted so it can be restored (Undo).

CREATE TABLE aspirations (
  id              TEXT PRIMARY KEY,
  title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
  -- tiptap JSON, with a plain-text copy for search and export
  statement_json  TEXT NOT NULL,
  statement_text  TEXT NOT NULL DEFAULT '',
  horizon_date    TEXT CHECK (horizon_date IS NULL OR horizon_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  status          TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'achieved', 'retired')),
  achieved_on     TEXT CHECK (achieved_on IS NULL OR achieved_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  retired_on      TEXT CHECK (retired_on IS NULL OR retired_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  -- the person's short reflection on why the aspiration was retired or pivoted
  retired_reason  TEXT,
  -- a pivot retires this aspiration and points to the one that replaced it
  replaced_by     TEXT REFERENCES aspirations (id) ON DELETE SET NULL,
  position        INTEGER NOT NULL DEFAULT 0,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  deleted_at      TEXT,
  CHECK ((status = 'achieved') = (achieved_on IS NOT NULL)),
  CHECK ((status = 'retired') = (retired_on IS NOT NULL))
);

CREATE INDEX aspirations_by_position ON aspirations (position) WHERE deleted_at IS NULL;

CREATE TABLE goals (
  id              TEXT PRIMARY KEY,
  aspiration_id   TEXT NOT NULL REFERENCES aspirations (id) ON DELETE CASCADE,
  title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
  -- Specific: what exactly, and why it matters to the person
  specific_what   TEXT NOT NULL DEFAULT '',
  specific_why    TEXT NOT NULL DEFAULT '',
  -- Measurable: e.g. metric "pitches won", unit "pitches", target 50, current 12
  metric_name     TEXT NOT NULL DEFAULT '',
  metric_unit     TEXT NOT NULL DEFAULT '',
  metric_target   REAL CHECK (metric_target IS NULL OR metric_target > 0),
  metric_current  REAL,
  -- Achievable: honest obstacles and the plan around them
  obstacles       TEXT NOT NULL DEFAULT '',
  action_plan     TEXT NOT NULL DEFAULT '',
  -- Realistic: why the timeline is within reach, and what the person will let go of
  realistic_why   TEXT NOT NULL DEFAULT '',
  let_go          TEXT NOT NULL DEFAULT '',
  -- Time-bound: a goal without a deadline is not a goal
  start_date      TEXT CHECK (start_date IS NULL OR start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  due_date        TEXT NOT NULL CHECK (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  status          TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
  completed_on    TEXT CHECK (completed_on IS NULL OR completed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  position        INTEGER NOT NULL DEFAULT 0,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  deleted_at      TEXT,
  CHECK ((status = 'done') = (completed_on IS NOT NULL))
);

CREATE INDEX goals_by_aspiration ON goals (aspiration_id, position) WHERE deleted_at IS NULL;
CREATE INDEX goals_by_due_date ON goals (due_date) WHERE deleted_at IS NULL;

CREATE TABLE goal_steps (
  id          TEXT PRIMARY KEY,
  goal_id     TEXT NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
  text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
  due_date    TEXT CHECK (due_date IS NULL OR due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
  done_on     TEXT CHECK (done_on IS NULL OR done_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  position    INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT,
  CHECK ((done = 1) = (done_on IS NOT NULL))
);

CREATE INDEX goal_steps_by_goal ON goal_steps (goal_id, position) WHERE deleted_at IS NULL;

-- Every version of an aspiration or a goal, newest with the highest `version`. The snapshot is the
-- whole versioned state after the change (JSON); `summary` says in words what changed from the
-- version before. Rows stay when the item is deleted, so Undo brings its history back too.
CREATE TABLE plan_revisions (
  id             TEXT PRIMARY KEY,
  kind           TEXT NOT NULL CHECK (kind IN ('aspiration', 'goal')),
  ref_id         TEXT NOT NULL,
  version        INTEGER NOT NULL CHECK (version >= 1),
  cause          TEXT NOT NULL CHECK (cause IN ('created', 'edited', 'restored', 'achieved', 'retired', 'pivoted', 'reopened', 'moved')),
  snapshot_json  TEXT NOT NULL,
  summary        TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  UNIQUE (kind, ref_id, version)
);
