import type { RichTextNode } from '../contract/schemas';
import { dateInZone, parseInstant } from './dates';
import { joinPath, type FilePool, type PooledFile } from './file-pool';
import { fileRef, type FileResolver } from './file-refs';
import { referencedKeys } from './place-files';
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
  photos?: unknown;
  pdfAttachments?: unknown;
}

/** Where a Day One export keeps an entry's media: `photos/<md5>.<type>`, `pdfs/<md5>.pdf`. */
export interface DayOneMedia {
  pool: FilePool;
  /** The folder of the JSON file inside the pool, where photos/ and pdfs/ sit. */
  folder: string;
}

const MOMENT = /^dayone-moment:\/*(?:(photo|pdf|video|audio)\/)?([\w-]+)/i;

function mediaFile(media: DayOneMedia, folder: string, raw: unknown): [string, PooledFile] | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { identifier, md5, type } = raw as { identifier?: unknown; md5?: unknown; type?: unknown };
  if (typeof identifier !== 'string' || typeof md5 !== 'string' || !/^[\w-]+$/.test(md5)) {
    return null;
  }
  const ext = typeof type === 'string' && /^\w{1,10}$/.test(type) ? type : 'pdf';
  const names = [`${md5}.${ext}`, ...(ext === 'jpeg' ? [`${md5}.jpg`] : [])];
  for (const name of names) {
    const path = joinPath(media.folder, `${folder}/${name}`);
    const file = path !== null ? media.pool.at(path) : null;
    if (file) return [identifier.toUpperCase(), file];
  }
  return null;
}

/**
 * The photos and PDFs one entry lists, by the identifier its text refers to them with
 * (`dayone-moment://<identifier>`). Listed media the text does not show go at the entry's end.
 */
function entryMedia(entry: DayOneEntry, media: DayOneMedia | undefined) {
  const byId = new Map<string, PooledFile>();
  if (media) {
    for (const [list, folder] of [
      [entry.photos, 'photos'],
      [entry.pdfAttachments, 'pdfs'],
    ] as const) {
      if (!Array.isArray(list)) continue;
      for (const raw of list) {
        const found = mediaFile(media, folder, raw);
        if (found) byId.set(found[0], found[1]);
      }
    }
  }
  const resolve: FileResolver = (target) => {
    const match = MOMENT.exec(target.trim());
    if (!match || /^(video|audio)$/i.test(match[1] ?? '')) return null;
    return byId.get((match[2] as string).toUpperCase())?.key ?? null;
  };
  const rest = (body: RichTextNode): RichTextNode[] => {
    const shown = referencedKeys(body);
    return [...byId.values()]
      .filter((file) => !shown.has(file.key))
      .map((file) =>
        fileRef({ key: file.key, form: 'embed', alt: '', width: null }, [
          { type: 'text', text: `[${file.name}]` },
        ]),
      );
  };
  return { byId, resolve, rest };
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
  media?: DayOneMedia,
): { items: ImportItem[]; problems: ImportProblem[]; files: Map<string, PooledFile> } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return {
      items: [],
      problems: [{ path: origin, reason: 'This file is not valid JSON, so it cannot be read.' }],
      files: new Map(),
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
      files: new Map(),
    };
  }
  const items: ImportItem[] = [];
  const problems: ImportProblem[] = [];
  const files = new Map<string, PooledFile>();
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
    const { byId, resolve, rest } = entryMedia(entry, media);
    const written = markdownToDoc(text, { softBreak: 'paragraph', files: resolve });
    const unshown = rest(written);
    const body: RichTextNode =
      unshown.length > 0
        ? {
            ...written,
            content: [...(written.content ?? []), { type: 'paragraph', content: unshown }],
          }
        : written;
    for (const file of byId.values()) files.set(file.key, file);
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
  return { items, problems, files };
}
