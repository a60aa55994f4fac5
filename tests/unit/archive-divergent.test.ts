import { describe, expect, it } from 'vitest';
import { importArchive } from '../../src-main/archive/import';
import type { Db } from '../../src-main/db/open';
import { createAspiration, updateAspiration } from '../../src-main/plan/aspirations';
import { listHistory } from '../../src-main/plan/history';
import { tempJournal } from './helpers';
import * as fixture from './archive-fixtures';

const HOUR = 3_600_000;
const at = (hours: number) => new Date(Date.UTC(2025, 2, 1, 9) + hours * HOUR);

function versions(db: Db, id: string): { version: number; summary: string }[] {
  return listHistory(db, 'aspiration', id).map(({ version, summary }) => ({ version, summary }));
}

/** A journal with an aspiration, and a copy of it (its archive imported into a fresh journal). */
function journalAndCopy() {
  const journal = tempJournal();
  const aspiration = createAspiration(journal.db, { title: 'Lead a design team' }, at(0));
  updateAspiration(journal.db, { id: aspiration.id, title: 'Lead a design studio' }, at(1));
  const copy = tempJournal();
  importArchive(copy.db, fixture.exportText(journal.db));
  return { journal, copy, id: aspiration.id };
}

describe('importing a copy whose plan went its own way', () => {
  it('keeps the journal’s aspiration and its history, and adds what is new, without an error', () => {
    const { journal, copy, id } = journalAndCopy();
    updateAspiration(journal.db, { id, title: 'Run the studio in Lisbon' }, at(5));
    updateAspiration(copy.db, { id, title: 'Run the studio in Porto' }, at(6));
    updateAspiration(copy.db, { id, title: 'Run the studio in Porto, with Ana' }, at(7));
    const other = createAspiration(copy.db, { title: 'Write a book on craft' }, at(8));
    const historyBefore = versions(journal.db, id);

    const summary = importArchive(journal.db, fixture.exportText(copy.db));

    const plan = journal.db.prepare('SELECT id, title FROM aspirations ORDER BY title').all();
    expect(plan).toEqual([
      { id, title: 'Run the studio in Lisbon' },
      { id: other.id, title: 'Write a book on craft' },
    ]);
    // Its history stays its own: the copy's versions 3 and 4 describe titles it never had.
    expect(versions(journal.db, id)).toEqual(historyBefore);
    expect(versions(journal.db, other.id)).toHaveLength(1);
    expect(summary.tables.find((t) => t.name === 'plan_revisions')).toEqual({
      name: 'plan_revisions',
      added: 1,
      alreadyPresent: 4,
    });
    // A second import adds nothing.
    expect(importArchive(journal.db, fixture.exportText(copy.db)).added).toBe(0);
  });

  it('refuses, in words and writing nothing, a file whose versions clash with themselves', () => {
    const { copy, id } = journalAndCopy();
    const file = JSON.parse(fixture.exportText(copy.db));
    const rows = file.tables.plan_revisions.rows as { id: string; ref_id: string }[];
    const clash = { ...(rows.find((row) => row.ref_id === id) as object), id: 'a-second-first' };
    file.tables.plan_revisions.rows.push(clash);
    const fresh = tempJournal();
    const before = fixture.exportText(fresh.db);
    fixture.expectRefused(
      () => importArchive(fresh.db, JSON.stringify(file)),
      /“plan_revisions”.*already has a row with the same kind, ref_id and version/,
    );
    expect(fixture.exportText(fresh.db)).toBe(before);
  });
});
