import type { PlanTree } from '../../../src-main/contract';
import type { EntryLink } from '../../../src-main/contract/links';

/** What an achievement serves, as one value of a <select>: "goal:<id>", "aspiration:<id>" or "". */
export type ServeValue = string;

export interface ServeOption {
  value: ServeValue;
  label: string;
}

export interface ServeGroup {
  label: string;
  options: ServeOption[];
}

export const serveValue = (kind: 'aspiration' | 'goal', id: string): ServeValue => `${kind}:${id}`;

/** The ids a chosen value stands for, as the achievements channels take them. */
export function serveTarget(value: ServeValue): {
  goalId: string | null;
  aspirationId: string | null;
} {
  const [kind, id] = value.split(':');
  if (kind === 'goal' && id) return { goalId: id, aspirationId: null };
  if (kind === 'aspiration' && id) return { goalId: null, aspirationId: id };
  return { goalId: null, aspirationId: null };
}

/** The value of what an achievement already serves: its goal, else its aspiration. */
export function servedValue(a: { goalId: string | null; aspirationId: string | null }): ServeValue {
  if (a.goalId) return serveValue('goal', a.goalId);
  return a.aspirationId ? serveValue('aspiration', a.aspirationId) : '';
}

/**
 * The choices, grouped: the entry's own links first (suggested), then each aspiration with its open
 * and done goals (dropped goals are left out: an achievement does not serve them).
 */
export function serveGroups(
  tree: PlanTree | undefined,
  links: readonly EntryLink[] = [],
): ServeGroup[] {
  const groups: ServeGroup[] = [];
  if (links.length > 0) {
    groups.push({
      label: 'Linked to this entry',
      options: links.map((link) => ({
        value: serveValue(link.targetKind, link.targetId),
        label: link.title,
      })),
    });
  }
  for (const aspiration of tree?.aspirations ?? []) {
    if (aspiration.status === 'retired') continue;
    groups.push({
      label: aspiration.title,
      options: [
        {
          value: serveValue('aspiration', aspiration.id),
          label: `${aspiration.title} (the aspiration)`,
        },
        ...aspiration.goals
          .filter((goal) => goal.status !== 'dropped')
          .map((goal) => ({ value: serveValue('goal', goal.id), label: goal.title })),
      ],
    });
  }
  return groups;
}

/** The suggestion: the entry's first linked goal, else its first linked aspiration, else nothing. */
export function suggestedServe(links: readonly EntryLink[]): ServeValue {
  const goal = links.find((link) => link.targetKind === 'goal');
  const first = goal ?? links[0];
  return first ? serveValue(first.targetKind, first.targetId) : '';
}
