-- Links between journal entries and the plan: an entry can be linked to any number of aspirations
-- and goals, and an aspiration or goal lists the entries that reflect on it. A link to a trashed
-- entry stays (it comes back with the entry); purging the entry removes its links (cascade).
-- `target_id` points at aspirations or goals depending on `target_kind`, so it has no foreign key;
-- the service checks the target exists before linking.
CREATE TABLE entry_links (
  entry_id     TEXT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
  target_kind  TEXT NOT NULL CHECK (target_kind IN ('aspiration', 'goal')),
  target_id    TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  PRIMARY KEY (entry_id, target_kind, target_id)
) WITHOUT ROWID;

CREATE INDEX entry_links_by_target ON entry_links (target_kind, target_id, entry_id);

-- Search finds aspirations and goals too. Index the ones that already exist, as
-- src-main/plan/search-sync.ts does on every save: the title, then the statement (an aspiration)
-- or the SMART text (a goal) as the body, with the two characters that mark matches in snippets
-- blanked out. Deleted aspirations, and goals that are deleted or under a deleted aspiration, are
-- not searched.
INSERT INTO search_documents (kind, ref_id)
  SELECT 'aspiration', id FROM aspirations WHERE deleted_at IS NULL;

INSERT INTO search_index (rowid, kind, ref_id, date, title, body, tags)
  SELECT d.doc_id, 'aspiration', a.id, a.horizon_date,
    replace(replace(a.title, char(2), ' '), char(3), ' '),
    replace(replace(a.statement_text, char(2), ' '), char(3), ' '),
    ''
  FROM aspirations a
  JOIN search_documents d ON d.kind = 'aspiration' AND d.ref_id = a.id
  WHERE a.deleted_at IS NULL;

INSERT INTO search_documents (kind, ref_id)
  SELECT 'goal', g.id FROM goals g JOIN aspirations a ON a.id = g.aspiration_id
  WHERE g.deleted_at IS NULL AND a.deleted_at IS NULL;

INSERT INTO search_index (rowid, kind, ref_id, date, title, body, tags)
  SELECT d.doc_id, 'goal', g.id, g.due_date,
    replace(replace(g.title, char(2), ' '), char(3), ' '),
    replace(replace(
      trim(g.specific_what || char(10) || g.specific_why || char(10) || g.metric_name || char(10) ||
        g.obstacles || char(10) || g.action_plan || char(10) || g.realistic_why || char(10) ||
        g.let_go, char(10)),
      char(2), ' '), char(3), ' '),
    ''
  FROM goals g
  JOIN aspirations a ON a.id = g.aspiration_id
  JOIN search_documents d ON d.kind = 'goal' AND d.ref_id = g.id
  WHERE g.deleted_at IS NULL AND a.deleted_at IS NULL;
