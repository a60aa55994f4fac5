import { decodeText } from './decode-text';
import { FilePool, type PooledFile } from './file-pool';
import type { FileResolver } from './file-refs';
import { referencedKeys } from './place-files';
import { localDate } from '../shared/calendar';
import { parseInstant } from './dates';
import { isEmptyDoc, tidyTags, withTitle } from './item-parts';
import { markdownToDoc } from './markdown-to-doc';
import { readTar, TarError } from './tar';
import type { ImportItem, ImportProblem } from './types';

/** Joplin's item types, as its export writes them in `type_`. */
const NOTE = 1;
const FOLDER = 2;
const RESOURCE = 4;
const TAG = 5;
const NOTE_TAG = 6;

export interface JoplinItem {
  type: number;
  title: string;
  body: string;
  props: Record<string, string>;
}

/**
 * One item of a Joplin export: the title on the first line, the body after a blank line, and a
 * block of `key: value` properties at the end (read from the bottom up to the first blank line).
 */
export function parseJoplinItem(content: string): JoplinItem | null {
  const lines = content.replace(/\r\n/g, '\n').split('\n');
  const props: Record<string, string> = {};
  let index = lines.length - 1;
  // Joplin writes no final newline; tolerate some, as an edited file may have them.
  while (index >= 0 && (lines[index] as string).trim() === '') index--;
  for (; index >= 0; index--) {
    const line = (lines[index] as string).trim();
    if (line === '') break;
    const colon = line.indexOf(':');
    if (colon < 0) return null;
    props[line.slice(0, colon).trim()] = line
      .slice(colon + 1)
      .trim()
      .replace(/\\n/g, '\n')
      .replace(/\\r/g, '\r');
  }
  const type = Number(props.type_);
  if (!Number.isInteger(type) || type <= 0) return null;
  const rest = index > 0 ? lines.slice(0, index) : [];
  return { type, title: rest[0] ?? '', body: rest.slice(2).join('\n'), props };
}

/** A Joplin resource as a note refers to it: `:/` and the resource's 32-hex id. */
const RESOURCE_TARGET = /^:\/[0-9a-f]{32}$/i;

function decodeEntities(text: string): string {
  return text
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]#<>])/g, '\\$1');

/** An attribute's value in one HTML tag (quoted either way, or bare), entities decoded. */
function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? decodeEntities(match[1] ?? match[2] ?? match[3] ?? '').trim() : null;
}

/**
 * A note written in HTML (Joplin's `markup_language: 2`): its text, one paragraph per block. Its
 * resources stay: `<img src=":/id">` becomes `![alt](:/id)` and `<a href=":/id">` a link to the
 * file, as a Markdown note writes them.
 */
export function htmlToMarkdownText(html: string): string {
  // Resource references are set aside (between private-use marks no note holds) while the tags
  // are stripped and the text escaped.
  const kept: string[] = [];
  const keep = (markdown: string) => `\uE000${kept.push(markdown) - 1}\uE000`;
  return html
    .replace(/\uE000/g, '')
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<img\b[^>]*>/gi, (tag) => {
      const src = attribute(tag, 'src');
      if (!src || !RESOURCE_TARGET.test(src)) return '';
      return keep(`![${escapeMarkdown(attribute(tag, 'alt') ?? '')}](${src})`);
    })
    .replace(/(<a\b[^>]*>)([\s\S]*?)<\/a>/gi, (_match, open: string, inner: string) => {
      const href = attribute(open, 'href');
      // A picture that links somewhere stays a picture.
      if (!href || !RESOURCE_TARGET.test(href) || inner.includes('\uE000')) return inner;
      const label = decodeEntities(inner.replace(/<[^>]*>/g, '')).trim();
      return keep(`[${escapeMarkdown(label)}](${href})`);
    })
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|blockquote|tr)>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/[^\uE000]+/g, (text) => escapeMarkdown(decodeEntities(text)))
    .replace(/\uE000(\d+)\uE000/g, (_, index: string) => kept[Number(index)] ?? '');
}

function notebookPath(folders: Map<string, JoplinItem>, id: string | undefined): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  let current = id ? folders.get(id) : undefined;
  while (current && !seen.has(current.props.id ?? '')) {
    seen.add(current.props.id ?? '');
    names.unshift(current.title || 'Untitled notebook');
    current = current.props.parent_id ? folders.get(current.props.parent_id) : undefined;
  }
  return names;
}

/** A resource's file name: its title when that names a file, else its id and extension. */
function resourceName(resource: JoplinItem, id: string): string {
  const ext = (resource.props.file_extension ?? '').replace(/[^a-z0-9]/gi, '');
  const title = (resource.props.filename || resource.title).replace(/[\\/]/g, '-').trim();
  if (/\.[a-z0-9]{1,10}$/i.test(title)) return title;
  const base = title || id;
  return ext ? `${base}.${ext}` : base;
}

/**
 * The resources (pictures, attachments) of the archive, found by the `:/<id>` notes refer to them
 * with: each resource item's file under `resources/`, named as Joplin shows it.
 */
function resourceResolver(
  origin: string,
  resources: Map<string, JoplinItem>,
  resourceFiles: Map<string, Uint8Array>,
): { pool: FilePool; resolve: FileResolver } {
  const pool = new FilePool(`${origin} › `);
  const byId = new Map<string, PooledFile>();
  for (const [id, resource] of resources) {
    if (
      resource.props.encryption_applied === '1' ||
      resource.props.encryption_blob_encrypted === '1'
    )
      continue;
    const data = resourceFiles.get(id);
    if (!data) continue;
    // Under its id: Joplin names many resources alike ("image.png").
    const path = `resources/${id}/${resourceName(resource, id)}`;
    pool.add(path, () => data);
    const file = pool.at(path);
    if (file) byId.set(id, file);
  }
  const resolve: FileResolver = (target) => {
    const match = /^:\/([0-9a-f]{32})(?:[#?].*)?$/i.exec(target.trim());
    return match ? (byId.get((match[1] as string).toLowerCase())?.key ?? null) : null;
  };
  return { pool, resolve };
}

/**
 * A Joplin JEX export (a tar archive of items): each note with its title, body and creation day,
 * tagged with its Joplin tags, and the resources it refers to (`:/<id>`) as placeholders for
 * pictures and files. Notes in Joplin's trash are left out. `origin` names the archive.
 */
export function parseJex(
  archive: Uint8Array,
  origin: string,
  now: Date,
): {
  items: ImportItem[];
  problems: ImportProblem[];
  leftOut: number;
  files: Map<string, PooledFile>;
} {
  let files;
  try {
    files = readTar(archive);
  } catch (error) {
    const reason = error instanceof TarError ? error.message : 'This archive cannot be read.';
    return { items: [], problems: [{ path: origin, reason }], leftOut: 0, files: new Map() };
  }
  const notes: JoplinItem[] = [];
  const folders = new Map<string, JoplinItem>();
  const tagNames = new Map<string, string>();
  const tagIdsOfNote = new Map<string, string[]>();
  const resources = new Map<string, JoplinItem>();
  const resourceFiles = new Map<string, Uint8Array>();
  const problems: ImportProblem[] = [];
  let leftOut = 0;
  for (const file of files) {
    const resource = /^resources\/([0-9a-f]{32})(?:\.[^/]*)?$/i.exec(file.path);
    if (resource) {
      resourceFiles.set((resource[1] as string).toLowerCase(), file.data);
      continue;
    }
    if (!/^[^/]+\.md$/.test(file.path)) {
      leftOut++;
      continue;
    }
    const decoded = decodeText(file.data);
    const item = decoded.ok ? parseJoplinItem(decoded.text) : null;
    if (!item) {
      problems.push({
        path: `${origin} › ${file.path}`,
        reason: decoded.ok ? 'This is not a Joplin item Waymark can read.' : decoded.reason,
      });
      continue;
    }
    if (item.type === NOTE) notes.push(item);
    else if (item.type === FOLDER && item.props.id) folders.set(item.props.id, item);
    else if (item.type === RESOURCE && item.props.id) {
      resources.set(item.props.id.toLowerCase(), item);
    } else if (item.type === TAG && item.props.id) tagNames.set(item.props.id, item.title);
    else if (item.type === NOTE_TAG && item.props.note_id && item.props.tag_id) {
      const ids = tagIdsOfNote.get(item.props.note_id) ?? [];
      ids.push(item.props.tag_id);
      tagIdsOfNote.set(item.props.note_id, ids);
    }
  }
  const { pool, resolve } = resourceResolver(origin, resources, resourceFiles);
  const items: ImportItem[] = [];
  for (const note of notes) {
    const id = note.props.id ?? '';
    const where = [origin, ...notebookPath(folders, note.props.parent_id), note.title || id].join(
      ' › ',
    );
    const deleted = note.props.deleted_time ?? '';
    if ((deleted !== '' && deleted !== '0') || note.props.encryption_applied === '1') {
      leftOut++;
      continue;
    }
    const markdown = note.props.markup_language === '2' ? htmlToMarkdownText(note.body) : note.body;
    const body = withTitle(markdownToDoc(markdown, { files: resolve }), note.title);
    if (id === '' || isEmptyDoc(body)) {
      problems.push({
        path: where,
        reason: id === '' ? 'This note has no id.' : 'This note is empty.',
      });
      continue;
    }
    const created =
      parseInstant(note.props.user_created_time) ?? parseInstant(note.props.created_time);
    const updated =
      parseInstant(note.props.user_updated_time) ?? parseInstant(note.props.updated_time);
    const tags = (tagIdsOfNote.get(id) ?? [])
      .map((tagId) => tagNames.get(tagId))
      .filter((name): name is string => typeof name === 'string');
    items.push({
      kind: 'joplin',
      origin: where,
      sourceKey: `joplin:${id}`,
      contentKey: null,
      entryDate: localDate(created ?? updated ?? now),
      createdAt: created?.toISOString() ?? null,
      updatedAt: updated?.toISOString() ?? null,
      body,
      tags: tidyTags(tags),
    });
  }
  const byKey = new Map(pool.files().map((file) => [file.key, file]));
  const used = new Map<string, PooledFile>();
  for (const item of items) {
    for (const key of referencedKeys(item.body)) {
      const file = byKey.get(key);
      if (file) used.set(key, file);
    }
  }
  // Resource files no note refers to, and files under resources/ with no resource item.
  const resourcesWithItem = pool.size;
  leftOut += resourceFiles.size - resourcesWithItem + (resourcesWithItem - used.size);
  return { items, problems, leftOut, files: used };
}
