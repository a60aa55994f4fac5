/** The plan's rows as SQLite holds them, and their translation to the contract's records. */
import { ASPIRATION, GOAL, STEP } from '../contract/plan';
import type { FieldSpec, RecordOf, RecordSpec, RowOf } from '../contract/records/define';

type Fields = Record<string, FieldSpec>;

/**
 * A row's values in its table's column order. The whole-plan read (`plan:tree`) has SQLite put
 * every goal and step into one JSON array of these and parses it at once: better-sqlite3 hands a
 * row to JavaScript one value at a time, at a few tenths of a microsecond each on a slow machine,
 * and a plan of 500 goals and 2,000 steps is 30,000 values, while V8 parses the same values from
 * one string several times faster. Values are exactly what `.all()` gives (JSON keeps text,
 * numbers and nulls, and SQLite writes REALs with all 17 digits).
 */
export type RowValues = readonly unknown[];

export interface RowMapper<F extends Fields> {
  columns: readonly string[];
  toRecord: (row: RowOf<F>) => RecordOf<F>;
  toRow: (record: RecordOf<F>) => RowOf<F>;
  /** `toRecord` for a row read as values in `columns` order. */
  fromValues: (values: RowValues) => RecordOf<F>;
}

/** The translation both ways between a declared record and its row, derived from its fields. */
export function rowMapper<F extends Fields>(record: RecordSpec<F>): RowMapper<F> {
  const fields = Object.entries(record.fields).map(([key, spec]) => ({
    key,
    column: spec.column,
    codec: spec.codec as { toCell(v: unknown): unknown; fromCell(c: unknown): unknown } | undefined,
  }));
  const read = (cellOf: (column: string, index: number) => unknown) => {
    const out: Record<string, unknown> = {};
    fields.forEach(({ key, column, codec }, index) => {
      const cell = cellOf(column, index);
      out[key] = codec ? codec.fromCell(cell) : cell;
    });
    return out as RecordOf<F>;
  };
  return {
    columns: record.columns,
    toRecord: (row) => read((column) => (row as Record<string, unknown>)[column]),
    fromValues: (values) => read((_, index) => values[index]),
    toRow: (value) => {
      const out: Record<string, unknown> = {};
      for (const { key, column, codec } of fields) {
        const field = (value as Record<string, unknown>)[key];
        out[column] = codec ? codec.toCell(field) : field;
      }
      return out as RowOf<F>;
    },
  };
}

const aspirations = rowMapper(ASPIRATION);
const goals = rowMapper(GOAL);
const steps = rowMapper(STEP);

export type AspirationRow = RowOf<typeof ASPIRATION.fields>;
export type GoalRow = RowOf<typeof GOAL.fields>;
export type StepRow = RowOf<typeof STEP.fields>;

export const ASPIRATION_COLUMNS = aspirations.columns;
export const GOAL_COLUMNS = goals.columns;
export const STEP_COLUMNS = steps.columns;

export const toAspiration = aspirations.toRecord;
export const fromAspiration = aspirations.toRow;
export const toGoal = goals.toRecord;
export const fromGoal = goals.toRow;
export const goalFromValues = goals.fromValues;
export const toStep = steps.toRecord;
export const fromStep = steps.toRow;
export const stepFromValues = steps.fromValues;
