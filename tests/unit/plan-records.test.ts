import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { ASPIRATION, GOAL, STEP, type Goal } from '../../src-main/contract/plan';
import { defineRecord, type RecordOf, type RowOf } from '../../src-main/contract/records/define';
import { changesBetween } from '../../src-main/plan/revisions';
import { rowMapper } from '../../src-main/plan/rows';
import { goalSearchText } from '../../src-main/plan/search-sync';
import { tempJournal } from './helpers';
import { draft } from './plan-helpers';

// A SMART answer the app does not have, declared the way a real one would be: one line.
const WITH_CONFIDENCE = defineRecord({
  ...GOAL.fields,
  confidence: {
    column: 'confidence_why',
    schema: z.string().max(4000),
    edit: { initial: '' },
    smart: 'realistic',
    search: true,
    history: { label: 'Confidence', style: 'long' },
  },
});

function sampleGoal(): Goal {
  return {
    ...draft(),
    id: 'g1',
    aspirationId: 'a1',
    dueDate: '2029-12-31',
    status: 'done',
    completedOn: '2026-02-01',
    position: 0,
    createdAt: '2026-01-15T10:00:00.000Z',
    updatedAt: '2026-01-15T10:00:00.000Z',
    deletedAt: null,
  };
}

const CHANGED = { date: '2031-03-03', number: 7, status: 'dropped' } as Record<string, unknown>;

describe('a record declared once', () => {
  it('gives a new field its column, schemas, row mapping, History and search', () => {
    const record = WITH_CONFIDENCE;
    expect(record.columns).toContain('confidence_why');
    expect(record.editKeys).toContain('confidence');
    expect(record.snapshotKeys).toContain('confidence');
    expect(record.searchKeys).toContain('confidence');
    expect(record.smartKeys).toContain('confidence');
    expect(record.initial()).toMatchObject({ confidence: '' });

    expect(record.edits.parse({ confidence: 'I have done it before.' })).toEqual({
      confidence: 'I have done it before.',
    });
    expect(record.edits.safeParse({ confidence: 'x'.repeat(4001) }).success).toBe(false);
    const created = record.creates.safeParse({ title: 'Lead a team', dueDate: '2027-06-01' });
    expect(created.success).toBe(true);
    expect(record.creates.safeParse({ confidence: 'Sure.' }).success).toBe(false);

    const goal = { ...sampleGoal(), confidence: 'I have done it before.' };
    const rows = rowMapper(record);
    const row = rows.toRow(goal);
    expect(row.confidence_why).toBe('I have done it before.');
    expect(rows.toRecord(row)).toEqual(goal);
    expect(
      rows.fromValues(record.columns.map((column) => row[column as keyof typeof row])),
    ).toEqual(goal);
    expect(record.snapshot(goal)).toMatchObject({ confidence: 'I have done it before.' });

    expectTypeOf<RecordOf<typeof record.fields>>()
      .toHaveProperty('confidence')
      .toEqualTypeOf<string>();
    expectTypeOf<RowOf<typeof record.fields>>().toHaveProperty('confidence_why');
  });

  it('declares exactly the columns the migrated journal has', () => {
    const { db } = tempJournal();
    const columns = (table: string) =>
      (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[])
        .map(({ name }) => name)
        .sort();
    expect([...GOAL.columns].sort()).toEqual(columns('goals'));
    expect([...ASPIRATION.columns].sort()).toEqual(columns('aspirations'));
    expect([...STEP.columns].sort()).toEqual(columns('goal_steps'));
  });

  it('keeps every versioned field in History and every answer in the search text', () => {
    const before = sampleGoal();
    for (const key of GOAL.snapshotKeys) {
      const style = GOAL.fields[key].history.style;
      const after: Goal = { ...before, [key]: CHANGED[style] ?? 'changed' };
      expect(changesBetween('goal', GOAL.snapshot(before), GOAL.snapshot(after))).toEqual([
        expect.objectContaining({ field: key }),
      ]);
    }
    const marked = Object.fromEntries(GOAL.searchKeys.map((key) => [key, `<${key}>`]));
    const text = goalSearchText({ ...before, ...marked });
    expect(text.split('\n')).toEqual(GOAL.searchKeys.map((key) => `<${key}>`));
  });
});
