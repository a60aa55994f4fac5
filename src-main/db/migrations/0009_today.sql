-- Today's check-ins: at a quarter, half and three quarters of an open goal's window the person is
-- asked whether it is still on track and still realistic. One row per answer, keyed by the goal and
-- the point in its window, so a check-in answered once is never asked again (answering a later point
-- also settles the earlier ones it passed). The first-run and reminder settings live in `settings`.
CREATE TABLE goal_checkins (
  id           TEXT PRIMARY KEY,
  goal_id      TEXT NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
  point        TEXT NOT NULL CHECK (point IN ('quarter', 'half', 'three-quarters')),
  -- the day the check-in fell due, and the day the person answered it (their calendar)
  due_on       TEXT NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  answered_on  TEXT NOT NULL CHECK (answered_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  on_track     INTEGER NOT NULL CHECK (on_track IN (0, 1)),
  realistic    INTEGER NOT NULL CHECK (realistic IN (0, 1)),
  note         TEXT NOT NULL DEFAULT '',
  -- the reflection started from this answer, if any
  entry_id     TEXT REFERENCES entries (id) ON DELETE SET NULL,
  created_at   TEXT NOT NULL,
  UNIQUE (goal_id, point)
);
