/** A goal's check-in answer, declared once: is it on track, and is it still realistic? */
import { z } from 'zod';
import { calendarDate, id } from '../schemas';
import { bit, defineRecord, type RecordOf } from './define';

export const CHECK_IN_POINT_NAMES = ['quarter', 'half', 'three-quarters'] as const;
export type CheckInPoint = (typeof CHECK_IN_POINT_NAMES)[number];

export const CHECK_IN = defineRecord({
  id: { column: 'id', schema: id },
  goalId: { column: 'goal_id', schema: id },
  point: { column: 'point', schema: z.enum(CHECK_IN_POINT_NAMES) },
  /** The day the check-in fell due, and the day it was answered. */
  dueOn: { column: 'due_on', schema: calendarDate },
  answeredOn: { column: 'answered_on', schema: calendarDate },
  onTrack: { column: 'on_track', schema: z.boolean(), codec: bit },
  realistic: { column: 'realistic', schema: z.boolean(), codec: bit },
  note: { column: 'note', schema: z.string() },
  /** The reflection written with it, if the person chose to write one. */
  entryId: { column: 'entry_id', schema: id.nullable() },
  createdAt: { column: 'created_at', schema: z.string() },
});

export type CheckInAnswer = RecordOf<typeof CHECK_IN.fields>;
