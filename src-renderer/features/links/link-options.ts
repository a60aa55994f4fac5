import type { EntryLink, LinkTargetKind } from '../../../src-main/contract/links';
import type { PlanTree } from '../../../src-main/contract';

export interface LinkOption {
  targetKind: LinkTargetKind;
  targetId: string;
  title: string;
  /** For a goal, the aspiration it serves (shown so two goals of the same name can be told apart). */
  context: string | null;
}

const folded = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * The aspirations and goals an entry can still be linked to, in plan order (each aspiration then
 * its goals), narrowed to those whose title (or aspiration's title) holds every typed word.
 */
export function linkOptions(
  tree: PlanTree | undefined,
  text: string,
  linked: readonly Pick<EntryLink, 'targetKind' | 'targetId'>[],
  limit = 12,
): LinkOption[] {
  const taken = new Set(linked.map((link) => `${link.targetKind}:${link.targetId}`));
  const words = folded(text).split(/\s+/).filter(Boolean);
  const matches = (...texts: string[]) => {
    const haystack = folded(texts.join(' '));
    return words.every((word) => haystack.includes(word));
  };
  const options: LinkOption[] = [];
  for (const aspiration of tree?.aspirations ?? []) {
    if (!taken.has(`aspiration:${aspiration.id}`) && matches(aspiration.title)) {
      options.push({
        targetKind: 'aspiration',
        targetId: aspiration.id,
        title: aspiration.title,
        context: null,
      });
    }
    for (const goal of aspiration.goals) {
      if (!taken.has(`goal:${goal.id}`) && matches(goal.title, aspiration.title)) {
        options.push({
          targetKind: 'goal',
          targetId: goal.id,
          title: goal.title,
          context: aspiration.title,
        });
      }
    }
  }
  return options.slice(0, limit);
}
