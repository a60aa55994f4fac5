import { z } from 'zod';

/**
 * The export file, version 1. Described for people in FORMAT.md beside this file; this schema is
 * what Import holds every file to before it changes anything.
 */
export const ARCHIVE_FORMAT = 'waymark-export';
export const ARCHIVE_FORMAT_VERSION = 1;

export const LIMITS = {
  /** Characters in one cell (an entry's rich text is far smaller). */
  cellChars: 10_000_000,
  rowsPerTable: 1_000_000,
  columnsPerRow: 200,
  tables: 200,
  nameChars: 64,
};

/** A value in one cell. Integers beyond ±2^53, reals JSON cannot hold and bytes are tagged. */
export type Cell =
  | null
  | number
  | string
  | { $int: string }
  | { $real: 'Infinity' | '-Infinity' }
  | { $blob: string };

export type ArchiveRow = Record<string, Cell>;

export interface Archive {
  format: typeof ARCHIVE_FORMAT;
  formatVersion: typeof ARCHIVE_FORMAT_VERSION;
  schemaVersion: number;
  exportedAt: string;
  app: { version: string };
  tables: Record<string, { rows: ArchiveRow[] }>;
}

const identifier = z
  .string()
  .max(LIMITS.nameChars, 'This name is too long.')
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'This is not a table or column name Waymark uses.');

const cell = z.union([
  z.null(),
  z.number(),
  z.string().max(LIMITS.cellChars, 'This value is too long.'),
  z.strictObject({ $int: z.string().regex(/^-?\d{1,20}$/, 'This is not a whole number.') }),
  z.strictObject({ $real: z.enum(['Infinity', '-Infinity']) }),
  z.strictObject({
    $blob: z
      .string()
      .max(LIMITS.cellChars)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'This is not base64.'),
  }),
]);

const row = z
  .record(identifier, cell)
  .refine(
    (value) => Object.keys(value).length <= LIMITS.columnsPerRow,
    'This row has too many columns.',
  );

export const archiveSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.literal(ARCHIVE_FORMAT_VERSION),
  schemaVersion: z.number().int().min(0).max(100_000),
  exportedAt: z.string().max(64),
  app: z.strictObject({ version: z.string().max(64) }),
  tables: z
    .record(identifier, z.strictObject({ rows: z.array(row).max(LIMITS.rowsPerTable) }))
    .refine((value) => Object.keys(value).length <= LIMITS.tables, 'There are too many tables.'),
});
