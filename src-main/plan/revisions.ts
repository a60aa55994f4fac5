/**
 * Versions of aspirations and goals: what a version holds, what changed between two of them (in
 * words), and which fields a restore writes back. Pure: no database, shared with the window.
 */
import {
  ASPIRATION,
  GOAL,
  type AspirationSnapshot,
  type GoalSnapshot,
  type HistoryStyle,
  type RevisionCause,
  type RevisionKind,
} from '../contract/plan';
import type { FieldSpec } from '../contract/records/define';
import { dateInWords } from '../shared/date-words';
import { plainTextOf } from '../shared/rich-text';
import { formatAmount } from '../shared/plan/amount';

export const aspirationSnapshot = ASPIRATION.snapshot;
export const goalSnapshot = GOAL.snapshot;

type FieldStyle = HistoryStyle;

interface HistoryField {
  label: string;
  style: FieldStyle;
}

/** The versioned fields of a record with their labels, in form order, as its table declares them. */
const historyFields = (record: { fields: Record<string, FieldSpec> }) =>
  Object.fromEntries(
    Object.entries(record.fields).flatMap(([key, spec]) =>
      spec.history ? [[key, spec.history]] : [],
    ),
  ) as Record<string, HistoryField>;

const HISTORY_FIELDS: Record<RevisionKind, Record<string, HistoryField>> = {
  aspiration: historyFields(ASPIRATION),
  goal: historyFields(GOAL),
};

export const STATUS_WORDS: Record<string, string> = {
  active: 'active',
  achieved: 'achieved',
  retired: 'retired',
  planned: 'planned',
  in_progress: 'in progress',
  done: 'done',
  dropped: 'dropped',
};

export interface FieldChange {
  field: string;
  label: string;
  /** One clause, e.g. `Title: “A” → “B”` or `Obstacles rewritten`. */
  description: string;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function shown(style: FieldStyle, value: unknown): string {
  if (value === null || value === undefined || value === '') return 'none';
  switch (style) {
    case 'date':
      return dateInWords(value as string);
    case 'number':
      return formatAmount(value as number);
    case 'status':
      return STATUS_WORDS[value as string] ?? String(value);
    default: {
      const text = String(value).replace(/\s+/g, ' ').trim();
      return `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;
    }
  }
}

function describe(spec: HistoryField, before: unknown, after: unknown): string {
  const empty = (v: unknown) => v === null || v === undefined || v === '';
  if (spec.style === 'richText') {
    const [a, b] = [before, after].map((doc) =>
      doc ? plainTextOf(doc as Parameters<typeof plainTextOf>[0]) : '',
    );
    if (a === b) return `${spec.label} formatting changed`;
    return a === '' ? `${spec.label} written` : `${spec.label} rewritten`;
  }
  if (spec.style === 'long') {
    if (empty(before)) return `${spec.label} added`;
    if (empty(after)) return `${spec.label} cleared`;
    return `${spec.label} rewritten`;
  }
  if (spec.style === 'reference') return `${spec.label} changed`;
  if (empty(before)) return `${spec.label} set to ${shown(spec.style, after)}`;
  if (empty(after)) return `${spec.label} cleared (was ${shown(spec.style, before)})`;
  return `${spec.label}: ${shown(spec.style, before)} → ${shown(spec.style, after)}`;
}

/** The fields that differ between two versions, in form order. */
export function changesBetween(
  kind: RevisionKind,
  before: AspirationSnapshot | GoalSnapshot,
  after: AspirationSnapshot | GoalSnapshot,
): FieldChange[] {
  const fields = HISTORY_FIELDS[kind];
  const changes: FieldChange[] = [];
  for (const [field, spec] of Object.entries(fields)) {
    const a = (before as unknown as Record<string, unknown>)[field];
    const b = (after as unknown as Record<string, unknown>)[field];
    if (!same(a, b)) changes.push({ field, label: spec.label, description: describe(spec, a, b) });
  }
  return changes;
}

const CAUSE_WORDS: Record<RevisionCause, string> = {
  created: 'Created',
  edited: 'Edited',
  restored: 'Restored an earlier version',
  achieved: 'Marked achieved',
  retired: 'Retired',
  pivoted: 'Pivoted',
  reopened: 'Reopened',
  moved: 'Moved to another aspiration',
};

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * One or two sentences for the History list. An edit lists its changes; a restore says which
 * version it brought back and what that changed; other events (created, retired, …) are named by
 * `note` or by their usual words.
 */
export function summarize(cause: RevisionCause, changes: FieldChange[], note?: string): string {
  const head = note ?? CAUSE_WORDS[cause];
  if (cause === 'edited' && changes.length > 0) {
    return sentence(changes.map((change) => change.description).join('; '));
  }
  if (cause === 'restored' && changes.length > 0) {
    return sentence(`${head}: ${changes.map((change) => change.description).join('; ')}`);
  }
  return sentence(head);
}

/** The fields a restore writes back. A goal stays under the aspiration it is under now. */
export function restorableFields<S extends AspirationSnapshot | GoalSnapshot>(
  kind: RevisionKind,
  snapshot: S,
): Partial<S> {
  if (kind === 'goal') {
    const { aspirationId: _kept, ...rest } = snapshot as GoalSnapshot;
    return rest as unknown as Partial<S>;
  }
  return { ...snapshot };
}
