/** A small plan with every kind of goal, and its print model for each layout (format tests). */
import type { AboutMe, ExportLayout, PlanTree, PrintOptions } from '../../src-main/contract';
import { createStep } from '../../src-main/plan/goals';
import { planTree } from '../../src-main/plan/tree';
import { buildPrintModel, type PrintExtras, type PrintModel } from '../../src-renderer/print/model';
import { tempJournal } from './helpers';
import { NOON_ISH, planRecords } from './plan-helpers';
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
  const plan = planRecords(db, now);
  const design = plan.aspiration({
    title: 'Become a product design lead',
    horizonDate: '2030-12-31',
    statement: doc('I want to lead a product design team\tthat ships calm, useful software.'),
  });
  const teach = plan.aspiration({ title: 'Teach design at night school' });
  const won = plan.goal(design, {
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
  });
  createStep(db, { goalId: won.id, text: 'Interview ten new users', done: true }, now);
  plan.goal(design, {
    title: 'Lead the design system work',
    startDate: '2026-02-01',
    dueDate: '2026-09-30',
    specificWhat: 'Own the component library | and its docs',
  });
  plan.goal(teach, { title: 'Run a weekend class', dueDate: '2026-06-30' });
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
