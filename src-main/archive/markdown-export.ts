import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { attachmentRepository } from '../attachments/repository';
import type { MarkdownExport } from '../contract/archive';
import { ATTACHMENT_REF } from '../contract/attachments';
import type { RichTextNode } from '../contract/schemas';
import type { Db } from '../db/open';
import { AttachmentNames } from './attachment-names';
import { docToMarkdown, type AttachmentLinks } from './markdown';
import { planToMarkdown } from './plan-markdown';
import { entryRelations } from './relations';

export const EXPORTS_FOLDER = 'exports';

interface EntryRow {
  id: string;
  entry_date: string;
  title: string;
  body_json: string;
  body_text: string;
}

/** A file name from an entry's date and title: `2025-03-05-first-pitch.md`. */
export function entryFileName(date: string, title: string, taken: Set<string>): string {
  const slug =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'entry';
  let name = `${date}-${slug}.md`;
  for (let n = 2; taken.has(name); n++) name = `${date}-${slug}-${n}.md`;
  taken.add(name);
  return name;
}

/** One entry as a Markdown file: front matter (date, title, tags and links if any), then the text. */
export function entryToMarkdown(
  entry: EntryRow,
  tags: string[] = [],
  links: { kind: string; title: string }[] = [],
  attachments?: AttachmentLinks,
): string {
  const front: Record<string, unknown> = { date: entry.entry_date, title: entry.title };
  if (tags.length > 0) front.tags = tags;
  if (links.length > 0) front.links = links.map((link) => ({ [link.kind]: link.title }));
  let body: string;
  try {
    body = docToMarkdown(JSON.parse(entry.body_json) as RichTextNode, attachments);
  } catch {
    body = `${entry.body_text}\n`;
  }
  return `---\n${stringify(front)}---\n\n${body}`;
}

export const ATTACHMENTS_FOLDER = 'attachments';

/**
 * Writes each picture and file an entry refers to into `journal/attachments/` (once per distinct
 * bytes, read one at a time so a large journal is never held in memory) and answers the relative
 * link to it; a reference to bytes the journal does not hold keeps its text only.
 */
function attachmentWriter(db: Db, journalDir: string): AttachmentLinks & { written: () => number } {
  const repository = attachmentRepository(db);
  const names = new AttachmentNames();
  const done = new Map<string, string | null>();
  const links = (src: string): string | null => {
    const sha256 = ATTACHMENT_REF.exec(src)?.[1];
    if (!sha256) return null;
    if (done.has(sha256)) return done.get(sha256) ?? null;
    const row = repository.get(sha256);
    const bytes = row && repository.bytes(sha256);
    let link: string | null = null;
    if (row && bytes) {
      const name = names.nameFor(row);
      if (done.size === 0) mkdirSync(join(journalDir, ATTACHMENTS_FOLDER), { recursive: true });
      writeFileSync(join(journalDir, ATTACHMENTS_FOLDER, name), bytes);
      link = `${ATTACHMENTS_FOLDER}/${name}`;
    }
    done.set(sha256, link);
    return link;
  };
  return Object.assign(links, {
    written: () => [...done.values()].filter((link) => link !== null).length,
  });
}

/**
 * Writes the journal as Markdown into `<data folder>/exports/markdown-<time>/`: `plan.md` and one
 * file per entry in `journal/`, the pictures and files they hold in `journal/attachments/`. Written under a temporary name and renamed when complete, so a
 * half-written export never looks finished.
 */
export function exportMarkdown(db: Db, dataDir: string, now: Date): MarkdownExport {
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
  const folder = join(dataDir, EXPORTS_FOLDER, `markdown-${stamp}`);
  const partial = `${folder}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(join(partial, 'journal'), { recursive: true });
  try {
    const { entries, relations, plan } = db.transaction(() => ({
      entries: db
        .prepare(
          `SELECT id, entry_date, title, body_json, body_text FROM entries
           WHERE deleted_at IS NULL ORDER BY entry_date, created_at`,
        )
        .all() as EntryRow[],
      relations: entryRelations(db),
      plan: planToMarkdown(db),
    }))();
    writeFileSync(join(partial, 'plan.md'), plan);
    const taken = new Set<string>();
    const attachments = attachmentWriter(db, join(partial, 'journal'));
    for (const entry of entries) {
      const name = entryFileName(entry.entry_date, entry.title, taken);
      const content = entryToMarkdown(
        entry,
        relations.tags.get(entry.id),
        relations.links.get(entry.id),
        attachments,
      );
      writeFileSync(join(partial, 'journal', name), content);
    }
    rmSync(folder, { recursive: true, force: true });
    renameSync(partial, folder);
    return { folder, files: entries.length + 1, attachments: attachments.written() };
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}
