import { dateInZone, parseInstant } from './dates';
import { isEmptyDoc, tidyTags } from './item-parts';
import { markdownToDoc } from './markdown-to-doc';
import type { ImportItem, ImportProblem } from './types';

/** The tag a starred Day One entry gets, so the star is not lost. */
export const STARRED_TAG = 'starred';

interface DayOneEntry {
  uuid?: unknown;
  creationDate?: unknown;
  modifiedDate?: unknown;
  timeZone?: unknown;
  text?: unknown;
  tags?: unknown;
  starred?: unknown;
}

export function looksLikeDayOne(value: unknown): value is { entries: unknown[] } {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { entries?: unknown }).entries)
  );
}

/**
 * A Day One JSON export (`Journal.json`, alone or inside the export's zip): each entry's Markdown
 * text, its creation day on the calendar of the time zone it was written in, its tags, and its
 * star as the tag “starred”. `origin` names the JSON file.
 */
export function parseDayOne(
  json: string,
  origin: string,
): { items: ImportItem[]; problems: ImportProblem[] } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return {
      items: [],
      problems: [{ path: origin, reason: 'This file is not valid JSON, so it cannot be read.' }],
    };
  }
  if (!looksLikeDayOne(value)) {
    return {
      items: [],
      problems: [
        {
          path: origin,
          reason: 'This JSON file is not a Day One export (it has no list of entries).',
        },
      ],
    };
  }
  const items: ImportItem[] = [];
  const problems: ImportProblem[] = [];
  value.entries.forEach((raw, index) => {
    const entry = (typeof raw === 'object' && raw !== null ? raw : {}) as DayOneEntry;
    const uuid =
      typeof entry.uuid === 'string' && entry.uuid.trim() !== '' ? entry.uuid.trim() : null;
    const where = `${origin} › entry ${index + 1}${uuid ? ` (${uuid})` : ''}`;
    const created = parseInstant(entry.creationDate);
    if (!created) {
      problems.push({ path: where, reason: 'This entry has no creation date Waymark can read.' });
      return;
    }
    const text = typeof entry.text === 'string' ? entry.text : '';
    const body = markdownToDoc(text, { softBreak: 'paragraph' });
    if (isEmptyDoc(body)) {
      problems.push({ path: where, reason: 'This entry has no text.' });
      return;
    }
    const tags = Array.isArray(entry.tags)
      ? entry.tags.filter((tag): tag is string => typeof tag === 'string')
      : [];
    if (entry.starred === true) tags.push(STARRED_TAG);
    const timeZone = typeof entry.timeZone === 'string' ? entry.timeZone : null;
    items.push({
      kind: 'dayone',
      origin: where,
      sourceKey: `dayone:${uuid ?? `${created.toISOString()}:${index}`}`,
      contentKey: null,
      entryDate: dateInZone(created, timeZone),
      createdAt: created.toISOString(),
      updatedAt: parseInstant(entry.modifiedDate)?.toISOString() ?? null,
      body,
      tags: tidyTags(tags),
    });
  });
  return { items, problems };
}
