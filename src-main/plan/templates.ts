/**
 * Starting points per industry: an aspiration and the measurable, dated goals that lead to it,
 * worked out backwards. Dates are offsets from the day the template is used, so a plan started today
 * is dated from today. Everything a template creates is ordinary data the person can edit. The
 * words live in template-data/, one file an industry. Pure.
 */
import { z } from 'zod';
import { GOAL, type GoalAnswerKey } from '../contract/plan';
import type { RichTextNode } from '../contract/schemas';
import { addMonths } from '../shared/calendar';
import { docFromParagraphs } from '../shared/rich-text';
import advertising from './template-data/advertising.json';
import finance from './template-data/finance.json';
import legal from './template-data/legal.json';
import marketing from './template-data/marketing.json';
import sales from './template-data/sales.json';

const months = z.number().int().min(0);

/** A goal as a template gives it: every SMART answer written out, the dates as offsets. */
const goalTemplate = GOAL.creates
  .pick({
    title: true,
    metricUnit: true,
    ...(Object.fromEntries(GOAL.searchKeys.map((key) => [key, true])) as Record<
      GoalAnswerKey,
      true
    >),
  })
  .required()
  .extend({
    metricTarget: z.number().positive(),
    /** Months from the day the template is used. */
    startInMonths: months,
    dueInMonths: months,
    steps: z.array(z.strictObject({ text: z.string().min(1), dueInMonths: months })),
  });

const planTemplate = z.strictObject({
  id: z.string().min(1),
  industry: z.string().min(1),
  aspirationTitle: z.string().min(1),
  /** The aspiration's statement, a paragraph a string. */
  statement: z.array(z.string().min(1)),
  horizonInMonths: months,
  goals: z.array(goalTemplate),
});

export type PlanTemplate = z.output<typeof planTemplate>;
type TemplateAnswers = Omit<
  z.output<typeof goalTemplate>,
  'startInMonths' | 'dueInMonths' | 'steps'
>;

/** The templates are data (template-data/*.json), checked once as the app loads them. */
export const TEMPLATES: readonly PlanTemplate[] = [
  sales,
  legal,
  finance,
  marketing,
  advertising,
].map((data) => planTemplate.parse(data));

export interface InstantiatedGoal extends TemplateAnswers {
  metricCurrent: number;
  startDate: string;
  dueDate: string;
  steps: { text: string; dueDate: string }[];
}

export interface InstantiatedTemplate {
  aspiration: { title: string; statement: RichTextNode; horizonDate: string };
  goals: InstantiatedGoal[];
}

export function findTemplate(id: string): PlanTemplate | undefined {
  return TEMPLATES.find((template) => template.id === id);
}

/** The template as concrete records, dated from `today`. */
export function instantiateTemplate(template: PlanTemplate, today: string): InstantiatedTemplate {
  return {
    aspiration: {
      title: template.aspirationTitle,
      statement: docFromParagraphs(template.statement),
      horizonDate: addMonths(today, template.horizonInMonths),
    },
    goals: template.goals.map(({ startInMonths, dueInMonths, steps, ...answers }) => ({
      ...answers,
      metricCurrent: 0,
      startDate: addMonths(today, startInMonths),
      dueDate: addMonths(today, dueInMonths),
      steps: steps.map((step) => ({
        text: step.text,
        dueDate: addMonths(today, step.dueInMonths),
      })),
    })),
  };
}
