/** Creating a plan from an industry template: ordinary, editable records, dated from today. */
import { ApiError } from '../contract/errors';
import type { Aspiration, TemplatePreview } from '../contract/plan';
import type { Db } from '../db/open';
import { localDate } from '../shared/calendar';
import { createAspiration } from './aspirations';
import { createGoal, createStep } from './goals';
import { findTemplate, instantiateTemplate, TEMPLATES } from './templates';

export function templatePreviews(now: Date = new Date()): TemplatePreview[] {
  const today = localDate(now);
  return TEMPLATES.map((template) => {
    const plan = instantiateTemplate(template, today);
    return {
      id: template.id,
      industry: template.industry,
      aspirationTitle: plan.aspiration.title,
      statementText: template.statement.join('\n'),
      horizonDate: plan.aspiration.horizonDate,
      goals: plan.goals.map((goal) => ({
        title: goal.title,
        startDate: goal.startDate,
        dueDate: goal.dueDate,
        metric: `${goal.metricTarget} ${goal.metricUnit}`,
      })),
    };
  });
}

export function createFromTemplate(db: Db, templateId: string, now: Date = new Date()): Aspiration {
  const template = findTemplate(templateId);
  if (!template) {
    throw new ApiError('not_found', 'Waymark has no template by that name.', [
      { path: 'templateId', message: 'Not found.' },
    ]);
  }
  const plan = instantiateTemplate(template, localDate(now));
  return db.transaction(() => {
    const note = `Created from the ${template.industry} template`;
    const aspiration = createAspiration(db, plan.aspiration, now, { note });
    for (const { steps, ...goal } of plan.goals) {
      const created = createGoal(db, { ...goal, aspirationId: aspiration.id }, now, { note });
      for (const step of steps) createStep(db, { goalId: created.id, ...step }, now);
    }
    return aspiration;
  })();
}
