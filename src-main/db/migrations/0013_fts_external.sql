-- The search index stops keeping its own copy of every text. Until now FTS5 stored each indexed
-- title, body and tag list a second time (beside the entry's plain text and its JSON): about a
-- quarter of a long journal's file, and of every backup. The new index is contentless: it keeps
-- only what finding a word needs (the inverted index and each document's length, for ranking).
-- Search results read their title, text and date from the entries, aspirations and goals
-- themselves (src-main/search/repository.ts), and highlights and snippets are made from that text
-- in JavaScript (search/snippet.ts), as before. `contentless_delete` lets a document be removed
-- or replaced by its rowid alone, so the services keep the index in step as they always did.
--
-- The rows are copied from the old index, so what each document is found by stays exactly the
-- same. The kind, id and date columns go: search_documents holds kind and id for each rowid.
CREATE VIRTUAL TABLE search_index_contentless USING fts5 (
  title,
  body,
  tags,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);

-- Ranking as before: a word in the title counts ten times a word in the body, a tag four times.
INSERT INTO search_index_contentless (search_index_contentless, rank)
  VALUES ('rank', 'bm25(10.0, 1.0, 4.0)');

INSERT INTO search_index_contentless (rowid, title, body, tags)
  SELECT rowid, title, body, tags FROM search_index;

DROP TABLE search_index;

ALTER TABLE search_index_contentless RENAME TO search_index;
