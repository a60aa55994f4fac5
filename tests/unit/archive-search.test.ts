import { describe, expect, it } from 'vitest';
import { exportArchive } from '../../src-main/archive/export';
import { importArchive } from '../../src-main/archive/import';
import { createAppRouter } from '../../src-main/core/all-handlers';
import { createEntry, trashEntry } from '../../src-main/journal/service';
import { search } from '../../src-main/search/service';
import { docFromParagraphs } from '../../src-main/shared/rich-text';
import { tempJournal } from './helpers';

describe('importing a whole-journal export', () => {
  it('leaves every imported entry searchable, and trashed ones out of search', async () => {
    const source = tempJournal();
    createEntry(source.db, {
      id: 'kept',
      body: docFromParagraphs(['Negotiated a café partnership']),
    });
    createEntry(source.db, {
      id: 'binned',
      body: docFromParagraphs(['Negotiated nothing at all']),
    });
    trashEntry(source.db, 'binned');
    const text = JSON.stringify(
      exportArchive(source.db, new Date('2026-01-01T00:00:00Z'), '0.1.0'),
    );

    const target = tempJournal();
    // Loading the app's handlers registers the search rebuild that runs inside every import.
    const router = createAppRouter(target);
    expect(search(target.db, { text: 'cafe' }).results).toEqual([]);
    importArchive(target.db, text);
    expect(search(target.db, { text: 'cafe' }).results.map((r) => r.refId)).toEqual(['kept']);
    expect(search(target.db, { text: 'negotiated' }).results.map((r) => r.refId)).toEqual(['kept']);
    expect((await router.call('search:query', { text: 'partnership' })).ok).toBe(true);
  });

  it('leaves imported aspirations searchable too', async () => {
    const source = tempJournal();
    const sourceRouter = createAppRouter(source);
    const created = await sourceRouter.call('plan:createAspiration', {
      title: 'Open a ceramics studio',
    });
    expect(created.ok, JSON.stringify(created)).toBe(true);
    const text = JSON.stringify(
      exportArchive(source.db, new Date('2026-01-01T00:00:00Z'), '0.1.0'),
    );
    const target = tempJournal();
    createAppRouter(target);
    importArchive(target.db, text);
    expect(search(target.db, { text: 'ceramics' }).results.map((r) => r.kind)).toEqual([
      'aspiration',
    ]);
  });
});
