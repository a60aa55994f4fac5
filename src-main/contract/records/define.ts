/**
 * A record declared once: each field's name, column, schema, and the parts of the app it takes
 * part in. The record's type, its create and update schemas, its SQL columns, its History snapshot,
 * its SMART and search fields are all derived from that one table, so a new field is one line
 * (plus the migration that adds its column).
 */
import { z } from 'zod';

export type SmartLetterKey = 'specific' | 'measurable' | 'achievable' | 'realistic' | 'timeBound';

/** How a value reads in History: short values are quoted, long texts only said to have changed. */
export type HistoryStyle =
  'short' | 'long' | 'date' | 'number' | 'status' | 'richText' | 'reference';

/** A value kept in its column as another type (a boolean as 0 or 1, a document as JSON text). */
export interface Codec<Value, Cell> {
  toCell(value: Value): Cell;
  fromCell(cell: Cell): Value;
}

/** A boolean kept as 0 or 1. */
export const bit: Codec<boolean, 0 | 1> = {
  toCell: (value) => (value ? 1 : 0),
  fromCell: (cell) => cell === 1,
};

export interface FieldSpec {
  column: string;
  schema: z.ZodType;
  codec?: { toCell(value: never): unknown; fromCell(cell: never): unknown };
  /** A person edits it: `required` when creating, otherwise what a new record starts with. */
  edit?: { required: true } | { initial: unknown };
  /** Kept in every version History records, with its label there. */
  history?: { label: string; style: HistoryStyle };
  /** The SMART letter that reads it. */
  smart?: SmartLetterKey;
  /** Part of the record's search text, in table order. */
  search?: true;
}

type Fields = Record<string, FieldSpec>;

/** A field History keeps in every version, under `label`. */
export const versioned = <const C extends string, S extends z.ZodType>(
  column: C,
  schema: S,
  [label, style]: [string, HistoryStyle],
) => ({ column, schema, history: { label, style } });

/**
 * A field the person edits (a new record starts with `initial`), kept by History, and read by the
 * SMART letter `smart` when one is given.
 */
export const edited = <
  const C extends string,
  S extends z.ZodType,
  const I,
  const L extends SmartLetterKey | undefined = undefined,
>(
  column: C,
  schema: S,
  initial: I,
  history: [string, HistoryStyle],
  smart?: L,
) =>
  ({
    ...versioned(column, schema, history),
    edit: { initial },
    ...(smart === undefined ? {} : { smart }),
  }) as ReturnType<typeof versioned<C, S>> & { edit: { initial: I } } & (L extends SmartLetterKey
      ? { smart: L }
      : unknown);

/** When a stored record was made, last changed, and put in the bin (null while it is not). */
export const STAMPS = {
  createdAt: { column: 'created_at', schema: z.string() },
  updatedAt: { column: 'updated_at', schema: z.string() },
  deletedAt: { column: 'deleted_at', schema: z.string().nullable() },
} as const;

/** The stamps of a record made at `now`. */
export function stampsAt(now: Date): { createdAt: string; updatedAt: string; deletedAt: null } {
  const stamp = now.toISOString();
  return { createdAt: stamp, updatedAt: stamp, deletedAt: null };
}

/** A record kept in an order the person chose, then its stamps. */
export const ORDERED = { position: { column: 'position', schema: z.number() }, ...STAMPS } as const;

export type RecordOf<F extends Fields> = { -readonly [K in keyof F]: z.output<F[K]['schema']> };

type CellOf<S extends FieldSpec> = S extends { codec: { toCell(value: never): infer Cell } }
  ? Cell
  : z.output<S['schema']>;

/** The record as SQLite holds it: one property per column. */
export type RowOf<F extends Fields> = {
  -readonly [K in keyof F as F[K]['column']]: CellOf<F[K]>;
};

/** The names of the fields whose spec has `Part` (e.g. `{ history: object }`). */
export type KeysWith<F extends Fields, Part> = {
  [K in keyof F]: F[K] extends Part ? K : never;
}[keyof F] &
  string;

export type EditKey<F extends Fields> = KeysWith<F, { edit: object }>;
type RequiredKey<F extends Fields> = KeysWith<F, { edit: { required: true } }>;
export type SnapshotOf<F extends Fields> = Pick<RecordOf<F>, KeysWith<F, { history: object }>>;

type EditShape<F extends Fields> = { [K in EditKey<F>]: F[K]['schema'] };
type OptionalMask<F extends Fields> = { [K in Exclude<EditKey<F>, RequiredKey<F>>]: true };

export interface RecordSpec<F extends Fields> {
  fields: F;
  /** Every column, in table order. */
  columns: string[];
  editKeys: EditKey<F>[];
  snapshotKeys: KeysWith<F, { history: object }>[];
  searchKeys: KeysWith<F, { search: true }>[];
  smartKeys: KeysWith<F, { smart: SmartLetterKey }>[];
  /** Every editable field, each optional: an update sends any subset. */
  edits: z.ZodObject<{ [K in keyof EditShape<F>]: z.ZodOptional<EditShape<F>[K]> }, z.core.$strict>;
  /** Every editable field, the required ones required: what a create sends. */
  creates: z.ZodObject<
    {
      [K in keyof EditShape<F>]: K extends keyof OptionalMask<F>
        ? z.ZodOptional<EditShape<F>[K]>
        : EditShape<F>[K];
    },
    z.core.$strict
  >;
  /** The values a new record starts with for the editable fields the person left out. */
  initial: () => Partial<RecordOf<F>>;
  /** The editable fields `input` gives (not undefined), and nothing else. */
  given: <I extends Partial<Record<EditKey<F>, unknown>>>(input: I) => Pick<I, EditKey<F>>;
  snapshot: (record: RecordOf<F>) => SnapshotOf<F>;
}

const keysWith = <F extends Fields>(fields: F, has: (spec: FieldSpec) => boolean) =>
  Object.keys(fields).filter((key) => has(fields[key] as FieldSpec));

export function defineRecord<const F extends Fields>(fields: F): RecordSpec<F> {
  // Required fields first: a refused form lists its problems in this order.
  const editKeys = [
    ...keysWith(fields, (spec) => spec.edit !== undefined && 'required' in spec.edit),
    ...keysWith(fields, (spec) => spec.edit !== undefined && !('required' in spec.edit)),
  ];
  const snapshotKeys = keysWith(fields, (spec) => spec.history !== undefined);
  const shape = Object.fromEntries(editKeys.map((key) => [key, (fields[key] as FieldSpec).schema]));
  const optional = Object.fromEntries(
    keysWith(fields, (spec) => spec.edit !== undefined && !('required' in spec.edit)).map((key) => [
      key,
      true as const,
    ]),
  );
  const edits = z.strictObject(shape);
  const initial = Object.fromEntries(
    editKeys.flatMap((key) => {
      const edit = (fields[key] as FieldSpec).edit;
      return edit && 'initial' in edit ? [[key, edit.initial]] : [];
    }),
  );
  return {
    fields,
    columns: Object.values(fields).map((spec) => spec.column),
    editKeys,
    snapshotKeys,
    searchKeys: keysWith(fields, (spec) => spec.search === true),
    smartKeys: keysWith(fields, (spec) => spec.smart !== undefined),
    edits: edits.partial(),
    creates: edits.partial(optional),
    initial: () => ({ ...initial }),
    given: (input: Record<string, unknown>) =>
      Object.fromEntries(
        editKeys.filter((key) => input[key] !== undefined).map((key) => [key, input[key]]),
      ),
    snapshot: (record: Record<string, unknown>) =>
      Object.fromEntries(snapshotKeys.map((key) => [key, record[key]])),
  } as unknown as RecordSpec<F>;
}
