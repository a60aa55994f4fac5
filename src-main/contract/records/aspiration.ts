/** An aspiration, declared once: a long-term end point, e.g. "become an award-winning creative director". */
import { z } from 'zod';
import { calendarDate, EMPTY_DOC, id, richTextDoc, type RichTextNode } from '../schemas';
import { defineRecord, type Codec, type RecordOf, type SnapshotOf } from './define';
import { title } from './goal';

export const ASPIRATION_STATUSES = ['active', 'achieved', 'retired'] as const;
export type AspirationStatus = (typeof ASPIRATION_STATUSES)[number];

export const aspirationTitle = title('aspiration');
export const aspirationStatus = z.enum(ASPIRATION_STATUSES);

const json: Codec<RichTextNode, string> = {
  toCell: (value) => JSON.stringify(value),
  fromCell: (cell) => JSON.parse(cell) as RichTextNode,
};

const date = calendarDate.nullable();

export const ASPIRATION = defineRecord({
  id: { column: 'id', schema: id },
  title: {
    column: 'title',
    schema: aspirationTitle,
    edit: { required: true },
    history: { label: 'Title', style: 'short' },
  },
  statement: {
    column: 'statement_json',
    schema: richTextDoc,
    codec: json,
    edit: { initial: EMPTY_DOC },
    history: { label: 'Statement', style: 'richText' },
  },
  /** The statement's plain text (search, export, previews). */
  statementText: { column: 'statement_text', schema: z.string() },
  /** The target date, if the person set one. */
  horizonDate: {
    column: 'horizon_date',
    schema: date,
    edit: { initial: null },
    history: { label: 'Horizon', style: 'date' },
  },
  status: {
    column: 'status',
    schema: aspirationStatus,
    history: { label: 'Status', style: 'status' },
  },
  achievedOn: {
    column: 'achieved_on',
    schema: date,
    history: { label: 'Achieved on', style: 'date' },
  },
  retiredOn: {
    column: 'retired_on',
    schema: date,
    history: { label: 'Retired on', style: 'date' },
  },
  /** Why it was retired or pivoted, in the person's words. */
  retiredReason: {
    column: 'retired_reason',
    schema: z.string().nullable(),
    history: { label: 'Reflection', style: 'long' },
  },
  /** The aspiration that replaced this one in a pivot. */
  replacedBy: {
    column: 'replaced_by',
    schema: id.nullable(),
    history: { label: 'Replaced by', style: 'reference' },
  },
  position: { column: 'position', schema: z.number() },
  createdAt: { column: 'created_at', schema: z.string() },
  updatedAt: { column: 'updated_at', schema: z.string() },
  deletedAt: { column: 'deleted_at', schema: z.string().nullable() },
});

export type Aspiration = RecordOf<typeof ASPIRATION.fields>;
/** The versioned state of an aspiration (what History keeps and restores). */
export type AspirationSnapshot = SnapshotOf<typeof ASPIRATION.fields>;

export const createAspirationInput = ASPIRATION.creates;
export const updateAspirationInput = z.strictObject({ id }).extend(ASPIRATION.edits.shape);
export type CreateAspirationInput = z.input<typeof createAspirationInput>;
