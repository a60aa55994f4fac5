import { describe, expect, it } from 'vitest';
import type { Entry, PlanTree } from '../../src-main/contract';
import { buildPrintModel, EXCERPT_CHARACTERS } from '../../src-renderer/print/model';
import { excerptOf } from '../../src-renderer/print/text';
import { createAspiration } from '../../src-main/plan/aspirations';
import { createGoal } from '../../src-main/plan/goals';
import { planTree } from '../../src-main/plan/tree';
import { tempJournal } from './helpers';
import { NOON_ISH } from './plan-helpers';
import { printOptions } from './print-options';

const OPTIONS = printOptions();

function entry(id: string, entryDate: string, lines: string[], deletedAt: string | null = null) {
  return {
    id,
    entryDate,
    title: lines[0] ?? '',
    wordCount: 0,
    updatedAt: '',
    createdAt: '',
    deletedAt,
    revision: 1,
    body: {
      type: 'doc',
      content: lines.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    },
  } satisfies Entry;
}

function plan(): PlanTree {
  const ctx = tempJournal({ now: NOON_ISH });
  const now = NOON_ISH();
  const first = createAspiration(ctx.db, { title: 'Become a partner' }, now);
  const second = createAspiration(ctx.db, { title: 'Teach law' }, now);
  createGoal(
    ctx.db,
    { aspirationId: first.id, title: 'Lead a matter', dueDate: '2027-05-31' },
    now,
  );
  createGoal(
    ctx.db,
    { aspirationId: second.id, title: 'Give a lecture', dueDate: '2027-09-30' },
    now,
  );
  return planTree(ctx.db, {}, now);
}

const ENTRIES = [
  entry('e-2', '2026-03-02', ['Second thoughts', 'Private words two.']),
  entry('e-1', '2026-01-10', ['First thoughts', 'Private words one.']),
  entry('e-3', '2026-02-01', ['Deleted', 'Gone words.'], '2026-02-02T00:00:00Z'),
];

describe('what a printed document contains', () => {
  it('only the chosen aspirations, in the person’s order', () => {
    const tree = plan();
    const [first, second] = tree.aspirations;
    const model = buildPrintModel({ ...OPTIONS, aspirationIds: [second!.id, first!.id] }, tree, []);
    expect(model.aspirations.map((a) => a.title)).toEqual(['Become a partner', 'Teach law']);
    const one = buildPrintModel({ ...OPTIONS, aspirationIds: [second!.id] }, tree, []);
    expect(one.aspirations.map((a) => a.title)).toEqual(['Teach law']);
  });

  it('no journal text unless ticked, then only picked, live entries, oldest first, title once', () => {
    const tree = plan();
    const picked = { ...OPTIONS, journalEntryIds: ['e-1', 'e-2', 'e-3'] };
    expect(buildPrintModel(picked, tree, ENTRIES).journal).toEqual([]);
    const included = buildPrintModel({ ...picked, includeJournal: true }, tree, ENTRIES).journal;
    expect(included.map((excerpt) => [excerpt.id, excerpt.title, excerpt.text])).toEqual([
      ['e-1', 'First thoughts', 'Private words one.'],
      ['e-2', 'Second thoughts', 'Private words two.'],
    ]);
    const onlyOne = { ...OPTIONS, includeJournal: true, journalEntryIds: ['e-2'] };
    expect(buildPrintModel(onlyOne, tree, ENTRIES).journal.map((e) => e.id)).toEqual(['e-2']);
    // Other layouts never quote the journal.
    const summary = { ...picked, includeJournal: true, layout: 'summary' as const };
    expect(buildPrintModel(summary, tree, ENTRIES).journal).toEqual([]);
  });

  it('quotes a long entry as an excerpt, cut at a word', () => {
    const long = 'word '.repeat(600).trim();
    const [excerpt] = buildPrintModel(
      { ...OPTIONS, includeJournal: true, journalEntryIds: ['long'] },
      plan(),
      [entry('long', '2026-01-01', ['Title', long])],
    ).journal;
    expect(excerpt?.truncated).toBe(true);
    expect(excerpt?.text.length).toBeLessThanOrEqual(EXCERPT_CHARACTERS + 1);
    expect(excerpt?.text.endsWith('word…')).toBe(true);
    expect(excerptOf('short', 10)).toEqual({ text: 'short', truncated: false });
  });

  it('prints the person’s own text for the paragraph, or the drafted one', () => {
    const tree = plan();
    const ids = tree.aspirations.map((a) => a.id);
    const drafted = buildPrintModel(
      { ...OPTIONS, layout: 'cover-letter', aspirationIds: ids },
      tree,
      [],
    );
    expect(drafted.text).toBe(drafted.composed);
    expect(drafted.text).toMatch(/^My long-term aim is to become a partner\./);
    const own = buildPrintModel(
      { ...OPTIONS, layout: 'cover-letter', aspirationIds: ids, text: 'Mine.' },
      tree,
      [],
    );
    expect(own.text).toBe('Mine.');
    expect(own.composed).toBe(drafted.composed);
  });
});
