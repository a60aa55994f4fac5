import { z } from 'zod';
import { channel, EVERYTHING } from './define';
import { aspirationTitle, goalDueDate, goalTitle } from './plan';
import { id } from './schemas';

export interface WelcomeState {
  /** True for an empty journal until the welcome has been finished or skipped once. */
  show: boolean;
  outcome: 'done' | 'skipped' | null;
}

export interface WelcomeResult {
  aspirationId: string;
  goalId: string;
  entryId: string;
}

export const welcomeContract = {
  'welcome:state': channel(z.strictObject({}), { reads: ['welcome'] }).returns<WelcomeState>(),
  /** Never shows the welcome again; nothing is created. */
  'welcome:skip': channel(z.strictObject({}), { changes: ['welcome'] }).returns<WelcomeState>(),
  /** Creates the first aspiration (written or from a template), goal and reflection, all or none. */
  'welcome:complete': channel(
    z.strictObject({
      aspiration: z.union([
        z.strictObject({ title: aspirationTitle }),
        z.strictObject({ templateId: id }),
      ]),
      goal: z.strictObject({ title: goalTitle, dueDate: goalDueDate }),
      reflection: z
        .string()
        .trim()
        .min(1, 'Write a line or two: it is the start of your journal.')
        .max(20_000, 'Keep this first reflection under 20,000 characters.'),
    }),
    { changes: EVERYTHING },
  ).returns<WelcomeResult>(),
};
