import type { z } from 'zod';
import {
  achievementPassage,
  achievementResult,
  achievementUnit,
  resumeLine,
} from '../contract/records/achievement';
import { aspirationTitle, GOAL, stepText } from '../contract/plan';
import type { FieldSpec } from '../contract/records/define';
import { calendarDate, id, richTextDoc } from '../contract/schemas';
import { nestingDepth } from '../core/nesting';
import { LISTS_TOO_DEEP, MAX_DOC_JSON_DEPTH, nestingProblem } from '../shared/nesting-limits';
import type { Cell } from './format';

/**
 * The API's own rules for the columns it writes, so an export file edited by hand cannot bring in a
 * record the API would have refused (and that the journal then could not open). Columns without a
 * rule are held to their type and the journal's constraints only.
 */
type Rule = (value: string) => string | null;

function bySchema(schema: z.ZodType): Rule {
  return (value) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'This is not valid.');
  };
}

/** A document as the editor saves it, given as JSON text. */
const richTextJson: Rule = (value) => {
  let doc: unknown;
  try {
    doc = JSON.parse(value);
  } catch {
    return 'This should be rich text saved by Waymark, but it is not valid JSON.';
  }
  // Measured without recursion first: the schema walks the document and must not meet 5,000 levels.
  if (nestingDepth(doc, MAX_DOC_JSON_DEPTH) > MAX_DOC_JSON_DEPTH) {
    const tooDeepText =
      doc !== null && typeof doc === 'object' && nestingProblem(doc as never) === 'lists';
    return tooDeepText ? LISTS_TOO_DEEP : 'This text is nested far too deeply to be read.';
  }
  const parsed = richTextDoc.safeParse(doc);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  const message = issue?.message ?? 'This is not rich text Waymark can read.';
  if (!issue || issue.path.length === 0) return message;
  return `${message.replace(/\.$/, '')}, at ${issue.path.join('.')}.`;
};

const jsonObject: Rule = (value) => {
  try {
    const parsed: unknown = JSON.parse(value);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) return null;
  } catch {
    // Said below.
  }
  return 'This should be a group of fields saved by Waymark as JSON.';
};

const date = bySchema(calendarDate);
const key = bySchema(id);
const text = (schema: z.ZodType) => bySchema(schema);

/** A record's rules by column, from its declared fields: keys, dates, and texts by their schema. */
function rulesOf(fields: Record<string, FieldSpec>): Record<string, Rule> {
  const rules: Record<string, Rule> = {};
  for (const spec of Object.values(fields)) {
    const style = spec.history?.style;
    if (spec.schema === id) rules[spec.column] = key;
    else if (style === 'date') rules[spec.column] = date;
    else if (style === 'short' || style === 'long') rules[spec.column] = text(spec.schema);
  }
  return rules;
}

export const RECORD_RULES: Record<string, Record<string, Rule>> = {
  entries: { id: key, entry_date: date, body_json: richTextJson },
  entry_snapshots: { id: key, entry_id: key, body_json: richTextJson },
  aspirations: {
    id: key,
    title: text(aspirationTitle),
    statement_json: richTextJson,
    horizon_date: date,
    achieved_on: date,
    retired_on: date,
  },
  goals: rulesOf(GOAL.fields),
  goal_steps: { id: key, goal_id: key, text: text(stepText), due_date: date, done_on: date },
  plan_revisions: { id: key, snapshot_json: jsonObject },
  values_checks: { id: key, aspiration_id: key, checked_on: date, answers_json: jsonObject },
  goal_checkins: { id: key, goal_id: key, due_on: date, answered_on: date },
  tags: { id: key },
  import_sources: { id: key, entry_id: key },
  achievements: {
    id: key,
    entry_id: key,
    goal_id: key,
    aspiration_id: key,
    passage: text(achievementPassage),
    result: text(achievementResult),
    metric_unit: text(achievementUnit),
    happened_on: date,
    resume_line: text(resumeLine),
  },
};

/** What the API would say about this value in this column, or null when it would accept it. */
export function recordProblem(table: string, column: string, value: Cell): string | null {
  const rule = RECORD_RULES[table]?.[column];
  if (!rule || typeof value !== 'string') return null;
  return rule(value);
}
