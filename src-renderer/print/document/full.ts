/**
 * The full plan as a document: the same parts, in the same order and words, as the printed full
 * plan (sections/): each aspiration with its statement and goals (SMART details and steps), the
 * timeline as dated lines, the values check and the journal excerpts when ticked.
 */
import type { AspirationNode, GoalNode, RichTextNode } from '../../../src-main/contract';
import { GOAL_STATUS_LABELS } from '../../../src-main/shared/labels';
import { plainTextOf } from '../../../src-main/shared/rich-text';
import { ANSWER_WORDS, VALUES_QUESTIONS } from '../../../src-main/shared/values/questions';
import { dateInWords, shortMonthYear } from '../dates';
import type { PrintModel } from '../model';
import { aspirationMeta, goalStatusWords, planCounts, stepMeta } from '../plan-words';
import { smartRows } from '../sections/smart-rows';
import { paragraphsOf } from '../text';
import { heading, list, paragraph, titleBlocks, type DocBlock } from './types';

/** A stored tiptap document as paragraphs and lists (marks dropped: every format can hold these). */
export function richTextDocBlocks(doc: RichTextNode): DocBlock[] {
  const blocks: DocBlock[] = [];
  for (const node of doc.content ?? []) {
    if (node.type === 'bulletList' || node.type === 'orderedList' || node.type === 'taskList') {
      const items = (node.content ?? [])
        .map((item) => plainTextOf({ type: 'doc', content: item.content ?? [] }).trim())
        .filter((text) => text !== '');
      if (items.length > 0) blocks.push(list(items, node.type === 'orderedList'));
      continue;
    }
    const text = plainTextOf({ type: 'doc', content: [node] }).trim();
    if (text === '') continue;
    if (node.type === 'blockquote') {
      for (const part of paragraphsOf(text)) blocks.push(paragraph(part, { tone: 'quote' }));
    } else {
      for (const part of paragraphsOf(text)) blocks.push(paragraph(part));
    }
  }
  return blocks;
}

function goalMeta(goal: GoalNode): string {
  const status = goalStatusWords(goal);
  const dates = goal.startDate
    ? `Start ${dateInWords(goal.startDate)}, due ${dateInWords(goal.dueDate)}`
    : `Due ${dateInWords(goal.dueDate)}`;
  const progress =
    goal.status !== 'dropped' && goal.progress.source !== 'none'
      ? `${goal.progress.percent}% (${goal.progress.label})`
      : '';
  return [status, dates, progress].filter(Boolean).join(' · ');
}

function goalBlocks(goal: GoalNode): DocBlock[] {
  const blocks: DocBlock[] = [heading(4, goal.title), paragraph(goalMeta(goal), { tone: 'meta' })];
  for (const row of smartRows(goal)) {
    row.parts.forEach((part, index) => {
      const label = part.label ?? (index === 0 ? row.name : undefined);
      blocks.push(paragraph(part.text, label ? { label } : {}));
    });
  }
  if (goal.steps.length > 0) {
    const done = goal.steps.filter((step) => step.done).length;
    blocks.push(paragraph(`Steps: ${done} of ${goal.steps.length} done`, { tone: 'meta' }));
    blocks.push(
      list(
        goal.steps.map((step) => {
          const meta = stepMeta(step);
          return meta ? `${step.text} (${meta})` : step.text;
        }),
      ),
    );
  }
  return blocks;
}

function aspirationBlocks(aspiration: AspirationNode): DocBlock[] {
  const live = aspiration.goals.filter((goal) => goal.status !== 'dropped');
  return [
    heading(2, aspiration.title),
    paragraph(aspirationMeta(aspiration), { tone: 'meta' }),
    ...richTextDocBlocks(aspiration.statement),
    heading(3, live.length === 1 ? 'Goal' : 'Goals'),
    ...(live.length === 0
      ? [paragraph('No goals set for this aspiration yet.', { tone: 'quiet' })]
      : live.flatMap(goalBlocks)),
  ];
}

/** The timeline as lines: in print it is a chart; in text, each goal with its span and status. */
function timelineBlocks(model: PrintModel): DocBlock[] {
  if (!model.options.includeTimeline) return [];
  const goals = model.aspirations.flatMap((aspiration) =>
    aspiration.goals.filter((goal) => goal.status !== 'dropped'),
  );
  if (goals.length === 0) return [];
  const ordered = [...goals].sort((a, b) =>
    a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0,
  );
  return [
    heading(2, 'Timeline'),
    list(
      ordered.map((goal) => {
        const from = goal.startDate ? `${shortMonthYear(goal.startDate)} to ` : 'by ';
        return `${goal.title}: ${from}${shortMonthYear(goal.dueDate)} (${GOAL_STATUS_LABELS[goal.status]})`;
      }),
    ),
  ];
}

function valuesBlocks(model: PrintModel): DocBlock[] {
  if (model.values.length === 0) return [];
  const blocks: DocBlock[] = [heading(2, 'Values check')];
  for (const card of model.values) {
    const check = card.latest;
    if (!check) continue;
    blocks.push(
      heading(
        3,
        `${card.aspiration.title} · ${check.fit.label} · checked ${dateInWords(check.checkedOn)}`,
      ),
    );
    for (const question of VALUES_QUESTIONS) {
      const answer = check.answers[question.key];
      if (!answer) continue;
      const said = answer.answer ? ANSWER_WORDS[answer.answer] : 'Not answered';
      blocks.push(
        paragraph(answer.note ? `${said} — ${answer.note}` : said, { label: question.label }),
      );
    }
    if (check.excitement !== null || check.fear !== null) {
      blocks.push(
        paragraph(`Excitement ${check.excitement ?? '–'} of 5 · Fear ${check.fear ?? '–'} of 5`),
      );
    }
  }
  return blocks;
}

/** Private by default: the model holds journal text only when ticked, and only picked entries. */
function journalBlocks(model: PrintModel): DocBlock[] {
  if (model.journal.length === 0) return [];
  return [
    heading(2, 'From my journal'),
    ...model.journal.flatMap((excerpt) => {
      const parts = paragraphsOf(excerpt.text);
      const last = parts.length - 1;
      return [
        heading(3, [dateInWords(excerpt.entryDate), excerpt.title].filter(Boolean).join(' · ')),
        ...parts.map((part, index) =>
          paragraph(index === last && excerpt.truncated ? `${part} (excerpt)` : part),
        ),
      ];
    }),
  ];
}

export function fullPlanDocument(model: PrintModel, title: string): DocBlock[] {
  return [
    ...titleBlocks(
      title,
      model.options.name,
      model.about,
      `${dateInWords(model.today)} · ${planCounts(model)}`,
    ),
    ...(model.aspirations.length === 0
      ? [paragraph('No aspirations are chosen for this document.', { tone: 'quiet' })]
      : model.aspirations.flatMap(aspirationBlocks)),
    ...timelineBlocks(model),
    ...valuesBlocks(model),
    ...journalBlocks(model),
  ];
}
