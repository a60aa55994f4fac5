import type { TagUsage } from '../../../src-main/contract';

/**
 * Tags to suggest for what is typed: names starting with it first, then names containing it, most
 * used first within each; tags the entry already has are left out.
 */
export function suggestTags(
  all: readonly TagUsage[],
  typed: string,
  current: readonly string[],
  max = 8,
): string[] {
  const query = typed.trim().toLowerCase();
  const taken = new Set(current.map((name) => name.toLowerCase()));
  const candidates = all.filter((tag) => !taken.has(tag.name.toLowerCase()));
  const byUse = (a: TagUsage, b: TagUsage) =>
    b.entryCount - a.entryCount || a.name.localeCompare(b.name);
  if (query === '')
    return candidates
      .sort(byUse)
      .slice(0, max)
      .map((tag) => tag.name);
  const starts = candidates.filter((tag) => tag.name.toLowerCase().startsWith(query));
  const contains = candidates.filter(
    (tag) => !tag.name.toLowerCase().startsWith(query) && tag.name.toLowerCase().includes(query),
  );
  return [...starts.sort(byUse), ...contains.sort(byUse)].slice(0, max).map((tag) => tag.name);
}
