import { localDate } from '../shared/calendar';
import { dateFromFileName, parseDateValue } from './dates';
import { withoutNoteExtension } from '../shared/file-role';
import { fieldText, fieldValue, frontMatterTags, splitFrontMatter } from './front-matter';
import { inlineTagsOf } from './inline-tags';
import { contentKey, isEmptyDoc, normalizePath, tidyTags, withTitle } from './item-parts';
import type { FileResolver } from './file-refs';
import { markdownToDoc } from './markdown-to-doc';
import type { ImportItem } from './types';

export type NoteResult = { ok: true; item: ImportItem } | { ok: false; reason: string };

function fileTitle(path: string): string {
  return withoutNoteExtension(path.replace(/^.*[\\/]/, '')).trim();
}

/**
 * One Markdown note as an entry. Title: front matter `title`, else the heading the note opens
 * with, else the file name (less any leading date). Date: front matter `date` or `created`, else a
 * date the file name starts with, else the file's modification day, else today.
 */
export function parseMarkdownNote(
  file: { path: string; mtimeMs: number | null },
  text: string,
  now: Date,
  files?: FileResolver,
): NoteResult {
  const split = splitFrontMatter(text);
  if (!split.ok) return split;
  const { fields, body } = split;
  const path = normalizePath(file.path);
  const named = dateFromFileName(path);
  const doc = markdownToDoc(body, { files });

  const startsWithHeading = doc.content?.[0]?.type === 'heading';
  const nameTitle = named ? named.rest : fileTitle(path);
  const title = fieldText(fields, ['title']) ?? (startsWithHeading ? null : nameTitle || null);
  const entryBody = withTitle(doc, title);
  if (isEmptyDoc(entryBody)) return { ok: false, reason: 'This note is empty.' };

  const created = parseDateValue(
    fieldValue(fields, ['date', 'created', 'created_at', 'creation date']),
  );
  const updated = parseDateValue(fieldValue(fields, ['updated', 'modified', 'updated_at']));
  const entryDate =
    created?.date ??
    named?.date ??
    (file.mtimeMs !== null && Number.isFinite(file.mtimeMs)
      ? localDate(new Date(file.mtimeMs))
      : localDate(now));

  return {
    ok: true,
    item: {
      kind: 'markdown',
      origin: path,
      sourceKey: `markdown:${path}`,
      contentKey: contentKey(entryDate, text),
      entryDate,
      createdAt: created?.instant ?? null,
      updatedAt: updated?.instant ?? null,
      body: entryBody,
      tags: tidyTags([...frontMatterTags(fields), ...inlineTagsOf(doc)]),
    },
  };
}
