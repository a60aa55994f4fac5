/** An aspiration, declared once: a long-term end point, e.g. "become an award-winning creative director". */
import { z } from 'zod';
import { calendarDate, EMPTY_DOC, id, richTextDoc, type RichTextNode } from '../schemas';
import {
  defineRecord,
  edited,
  ORDERED,
  versioned,
  type Codec,
  type RecordOf,
  type SnapshotOf,
} from './define';
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
  title: { ...versioned('title', aspirationTitle, ['Title', 'short']), edit: { required: true } },
  statement: {
    ...edited('statement_json', richTextDoc, EMPTY_DOC, ['Statement', 'richText']),
    codec: json,
  },
  /** The statement's plain text (search, export, previews). */
  statementText: { column: 'statement_text', schema: z.string() },
  /** The target date, if the person set one. */
  horizonDate: edited('horizon_date', date, null, ['Horizon', 'date']),
  status: versioned('status', aspirationStatus, ['Status', 'status']),
  achievedOn: versioned('achieved_on', date, ['Achieved on', 'date']),
  retiredOn: versioned('retired_on', date, ['Retired on', 'date']),
  /** Why it was retired or pivoted, in the person's words. */
  retiredReason: versioned('retired_reason', z.string().nullable(), ['Reflection', 'long']),
  /** The aspiration that replaced this one in a pivot. */
  replacedBy: versioned('replaced_by', id.nullable(), ['Replaced by', 'reference']),
  ...ORDERED,
  /**
   * Moves on with every write (sync's too). A statement save sends the revision it was typed on
   * (`baseRevision`), so sync keeps another computer's words the window had not shown yet.
   */
  revision: { column: 'revision', schema: z.number().int() },
});

export type Aspiration = RecordOf<typeof ASPIRATION.fields>;
/** The versioned state of an aspiration (what History keeps and restores). */
export type AspirationSnapshot = SnapshotOf<typeof ASPIRATION.fields>;

export const createAspirationInput = ASPIRATION.creates;
export const updateAspirationInput = z
  .strictObject({ id, baseRevision: z.number().int().min(1).optional() })
  .extend(ASPIRATION.edits.shape);
export type CreateAspirationInput = z.input<typeof createAspirationInput>;
