import type { RichTextNode } from '../contract/schemas';
import type { Db } from '../db/open';
import { docToMarkdown, escapeMarkdown } from './markdown';
import { dataTables, quoteIdentifier, type TableInfo } from './schema';

type Row = Record<string, unknown>;

export const NO_PLAN =
  '# My plan\n\nThere is no plan yet. Once you write down an aspiration and the goals that lead to it, this file lists them.\n';

function text(row: Row, column: string): string {
  const value = row[column];
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

function liveRows(db: Db, table: TableInfo | undefined): Row[] {
  if (!table) return [];
  const has = (name: string) => table.columns.some((column) => column.name === name);
  const where = has('deleted_at') ? ' WHERE "deleted_at" IS NULL' : '';
  const order = [
    has('position') ? '"position"' : '',
    has('created_at') ? '"created_at"' : '',
    'rowid',
  ]
    .filter(Boolean)
    .join(', ');
  return db
    .prepare(`SELECT * FROM ${quoteIdentifier(table.name)}${where} ORDER BY ${order}`)
    .all() as Row[];
}

function richOrPlain(row: Row, base: string): string {
  const json = row[`${base}_json`];
  if (typeof json === 'string') {
    try {
      const markdown = docToMarkdown(JSON.parse(json) as RichTextNode).trim();
      if (markdown !== '') return markdown;
    } catch {
      // Not readable as rich text: the plain copy below says the same.
    }
  }
  return escapeMarkdown(text(row, `${base}_text`) || text(row, base));
}

function statusWords(value: string): string {
  return value.replace(/_/g, ' ');
}

function field(label: string, ...values: string[]): string | null {
  const parts = values.filter((value) => value !== '');
  return parts.length > 0
    ? `- **${label}:** ${parts.map(escapeMarkdown).join(' — ').replace(/\n+/g, ' ')}`
    : null;
}

function measurable(goal: Row): string | null {
  const name = text(goal, 'metric_name');
  if (!name) return null;
  const unit = text(goal, 'metric_unit');
  const target = text(goal, 'metric_target');
  const current = text(goal, 'metric_current');
  const progress = target ? `${current || '0'} of ${target}${unit ? ` ${unit}` : ''}` : '';
  return field('Measurable', name, progress);
}

function renderGoal(goal: Row, steps: Row[]): string[] {
  const lines = [`### ${escapeMarkdown(text(goal, 'title') || 'Untitled goal')}`, ''];
  const meta = [
    text(goal, 'start_date') && `from ${text(goal, 'start_date')}`,
    text(goal, 'due_date') && `due ${text(goal, 'due_date')}`,
    text(goal, 'status') && statusWords(text(goal, 'status')),
  ].filter(Boolean);
  if (meta.length > 0) lines.push(`*${meta.join(' · ')}*`, '');
  const smart = [
    field('Specific', text(goal, 'specific_what'), text(goal, 'specific_why')),
    measurable(goal),
    field('Achievable', text(goal, 'obstacles'), text(goal, 'action_plan')),
    field('Realistic', text(goal, 'realistic_why'), text(goal, 'let_go')),
  ].filter((line): line is string => line !== null);
  if (smart.length > 0) lines.push(...smart, '');
  if (steps.length > 0) {
    lines.push('Steps:', '');
    for (const step of steps) {
      const done = step.done === 1 || step.done === true ? 'x' : ' ';
      const due = text(step, 'due_date') ? ` (by ${text(step, 'due_date')})` : '';
      lines.push(
        `- [${done}] ${escapeMarkdown(text(step, 'text') || text(step, 'title')).replace(/\n+/g, ' ')}${due}`,
      );
    }
    lines.push('');
  }
  return lines;
}

/**
 * The plan (aspirations, their goals and steps) as one Markdown file, read from whichever plan
 * tables and columns the journal has; a journal without a plan gets a file that says so.
 */
export function planToMarkdown(db: Db): string {
  const tables = new Map(dataTables(db).map((table) => [table.name, table]));
  const aspirations = liveRows(db, tables.get('aspirations'));
  if (aspirations.length === 0) return NO_PLAN;
  const goals = liveRows(db, tables.get('goals'));
  const steps = liveRows(db, tables.get('goal_steps'));
  const lines = ['# My plan', ''];
  for (const aspiration of aspirations) {
    lines.push(`## ${escapeMarkdown(text(aspiration, 'title') || 'Untitled aspiration')}`, '');
    const meta = [
      text(aspiration, 'status') && statusWords(text(aspiration, 'status')),
      text(aspiration, 'horizon_date') && `horizon ${text(aspiration, 'horizon_date')}`,
    ].filter(Boolean);
    if (meta.length > 0) lines.push(`*${meta.join(' · ')}*`, '');
    const statement = richOrPlain(aspiration, 'statement');
    if (statement) lines.push(statement, '');
    const reason = text(aspiration, 'retired_reason');
    if (reason) lines.push(`> ${escapeMarkdown(reason).replace(/\n/g, '\n> ')}`, '');
    for (const goal of goals.filter((g) => g.aspiration_id === aspiration.id)) {
      lines.push(
        ...renderGoal(
          goal,
          steps.filter((step) => step.goal_id === goal.id),
        ),
      );
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
