/** A small plan with every kind of goal, and its print model for each layout (format tests). */
import type { AboutMe, ExportLayout, PlanTree, PrintOptions } from '../../src-main/contract';
import { createAspiration } from '../../src-main/plan/aspirations';
import { createGoal, createStep } from '../../src-main/plan/goals';
import { planTree } from '../../src-main/plan/tree';
import { buildPrintModel, type PrintExtras, type PrintModel } from '../../src-renderer/print/model';
import { tempJournal } from './helpers';
import { NOON_ISH } from './plan-helpers';
import { printOptions } from './print-options';

export const ABOUT: AboutMe = {
  name: 'Sam Rivera',
  email: 'sam@example.com',
  phone: '+44 20 7946 0000',
  location: 'Leeds, UK',
  links: ['https://sam.example.com', 'https://www.linkedin.com/in/samrivera'],
};

const doc = (...paragraphs: string[]) => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

export function formatPlan(): PlanTree {
  const { db } = tempJournal({ now: NOON_ISH });
  const now = NOON_ISH();
  const design = createAspiration(
    db,
    {
      title: 'Become a product design lead',
      horizonDate: '2030-12-31',
      statement: doc('I want to lead a product design team\tthat ships calm, useful software.'),
    },
    now,
  );
  const teach = createAspiration(db, { title: 'Teach design at night school' }, now);
  const won = createGoal(
    db,
    {
      aspirationId: design.id,
      title: 'Ship the onboarding redesign',
      dueDate: '2025-12-31',
      status: 'done',
      completedOn: '2025-11-20',
      metricName: 'sign-ups',
      metricUnit: '%',
      metricTarget: 20,
      metricCurrent: 32,
      specificWhy: 'new users left in the first week',
      actionPlan: 'ran five usability rounds and rebuilt the first-run screens',
    },
    now,
  );
  createStep(db, { goalId: won.id, text: 'Interview ten new users', done: true }, now);
  createGoal(
    db,
    {
      aspirationId: design.id,
      title: 'Lead the design system work',
      startDate: '2026-02-01',
      dueDate: '2026-09-30',
      specificWhat: 'Own the component library | and its docs',
    },
    now,
  );
  createGoal(
    db,
    { aspirationId: teach.id, title: 'Run a weekend class', dueDate: '2026-06-30' },
    now,
  );
  return planTree(db, {}, now);
}

export function optionsFor(layout: ExportLayout, tree: PlanTree): PrintOptions {
  return printOptions({
    layout,
    name: 'Sam Rivera',
    aspirationIds: tree.aspirations.map((aspiration) => aspiration.id),
    includeContact: true,
  });
}

export function modelFor(
  layout: ExportLayout,
  tree: PlanTree = formatPlan(),
  extras: PrintExtras = { about: ABOUT },
  options: Partial<PrintOptions> = {},
): PrintModel {
  return buildPrintModel({ ...optionsFor(layout, tree), ...options }, tree, [], [], extras);
}

export const LAYOUTS: ExportLayout[] = ['full', 'summary', 'cover-letter', 'interview'];
