import { describe, expect, it } from 'vitest';
import { paragraphs as doc, STATEMENT_TEXT, twoEditing } from './sync-helpers';

// The scenarios of a statement saved from a form behind a merge are in sync-stale-save.test.ts.
describe("an aspiration's revision", () => {
  it('moves on with every write of the statement, sync included', async () => {
    const { a, id, fromB } = await twoEditing(STATEMENT_TEXT, 'Open a studio.');
    const before = STATEMENT_TEXT.read(a, id).revision;
    const saved = STATEMENT_TEXT.save(a, id, doc('Open a small studio.'));
    expect(saved).toBeGreaterThan(before);
    await a.sync();
    await fromB('Open a small studio with a friend.');
    expect(STATEMENT_TEXT.read(a, id).revision).toBeGreaterThan(saved);
  });
});
