-- An aspiration's statement is rich text that sync merges, and its editor, like an entry's, may
-- save text typed before a merge from another computer reached the window. Each write of an
-- aspiration moves its revision on (sync's writes too), and a save says which revision it was typed
-- on, so sync takes only what the person typed (see src-main/sync/collect.ts).
ALTER TABLE aspirations ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
