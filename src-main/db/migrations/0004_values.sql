-- Values checks: an aspiration tested against the eight questions of the evaluation list, repeated
-- over time so the person can see how its fit drifts.
--
-- One row per check. `answers_json` maps each question key (src-main/shared/values-questions.ts)
-- to {"answer": "yes" | "partly" | "no" | null, "note": "…"}: the set of questions is the app's, so
-- it is kept as one document rather than a column per question. A draft is a check not finished
-- yet (at most one live draft per aspiration); saving it turns it into a dated snapshot.
-- `deleted_at` marks a deleted check so Undo can bring it back.
CREATE TABLE values_checks (
  id             TEXT PRIMARY KEY,
  aspiration_id  TEXT NOT NULL REFERENCES aspirations (id) ON DELETE CASCADE,
  status         TEXT NOT NULL CHECK (status IN ('draft', 'saved')),
  checked_on     TEXT NOT NULL CHECK (checked_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  answers_json   TEXT NOT NULL CHECK (json_valid(answers_json) AND json_type(answers_json) = 'object'),
  excitement     INTEGER CHECK (excitement IS NULL OR excitement BETWEEN 1 AND 5),
  fear           INTEGER CHECK (fear IS NULL OR fear BETWEEN 1 AND 5),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  saved_at       TEXT,
  deleted_at     TEXT,
  CHECK ((status = 'saved') = (saved_at IS NOT NULL)),
  CHECK (status = 'draft' OR (excitement IS NOT NULL AND fear IS NOT NULL))
);

CREATE UNIQUE INDEX values_checks_one_draft ON values_checks (aspiration_id)
  WHERE status = 'draft' AND deleted_at IS NULL;

CREATE INDEX values_checks_history ON values_checks (aspiration_id, checked_on, saved_at)
  WHERE status = 'saved' AND deleted_at IS NULL;
