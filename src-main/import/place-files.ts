/**
 * Turns the converters' file placeholders into pictures and file cards. Each referenced file is
 * checked once, by the attachments service's rules (kind from the bytes, SVG and HTML kept as
 * files, size limits); a file that fails keeps its label, and the reason is reported. Nothing is
 * written here: the bytes are stored with the entry that refers to them, in the same transaction.
 */
import { createHash } from 'node:crypto';
import type { AttachmentKind } from '../contract/attachments';
import type { RichTextNode } from '../contract/schemas';
import { detectKind, sizeProblem } from '../attachments/detect';
import { FILE_REF, isFileRef, type FileRefAttrs } from './file-refs';
import type { PooledFile } from './file-pool';

/** A file an imported entry refers to, checked and ready to be stored with it. */
export interface ImportFile {
  sha256: string;
  name: string;
  mime: string;
  kind: AttachmentKind;
  size: number;
  read(): Uint8Array;
}

export type CheckedFile = { ok: true; file: ImportFile } | { ok: false; reason: string };

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Reads one file and decides what it is, from its bytes. Never throws: a failure says why. */
export async function checkFile(file: PooledFile): Promise<CheckedFile> {
  const known = file.size !== null ? sizeProblem(file.name, file.size) : null;
  if (known) return { ok: false, reason: known };
  let bytes: Uint8Array;
  try {
    bytes = file.read();
  } catch {
    return { ok: false, reason: `“${file.name}” could not be read.` };
  }
  try {
    const { mime, kind } = await detectKind(file.name, bytes);
    const sha256 = sha256Of(bytes);
    return {
      ok: true,
      file: { sha256, name: file.name, mime, kind, size: bytes.length, read: file.read },
    };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** The placeholders' file keys in a document, each once. */
export function referencedKeys(doc: RichTextNode): Set<string> {
  const keys = new Set<string>();
  const stack = [doc];
  while (stack.length > 0) {
    const node = stack.pop() as RichTextNode;
    if (isFileRef(node)) keys.add(String(node.attrs?.key));
    else for (const child of node.content ?? []) stack.push(child);
  }
  return keys;
}

function nodeFor(attrs: FileRefAttrs, file: ImportFile): RichTextNode {
  const src = `attachment:${file.sha256}`;
  if (attrs.form === 'embed' && file.kind === 'picture') {
    return {
      type: 'image',
      attrs: { src, alt: attrs.alt, caption: '', width: attrs.width ?? 'medium' },
    };
  }
  return {
    type: 'attachment',
    attrs: {
      src,
      name: file.name,
      mime: file.mime,
      size: file.size,
      kind: file.kind === 'program' ? 'program' : 'file',
    },
  };
}

const TEXT_BLOCKS = new Set(['paragraph', 'heading']);

/** Inline content without the spaces and line breaks left at its ends where a picture was cut out. */
function trimmed(inline: RichTextNode[]): RichTextNode[] {
  const out = [...inline];
  while (out[0]?.type === 'hardBreak') out.shift();
  while (out.at(-1)?.type === 'hardBreak') out.pop();
  const first = out[0];
  if (first?.type === 'text') out[0] = { ...first, text: (first.text ?? '').trimStart() };
  const last = out.at(-1);
  if (last?.type === 'text') out[out.length - 1] = { ...last, text: (last.text ?? '').trimEnd() };
  return out.filter((node) => node.type !== 'text' || node.text !== '');
}

/** A paragraph or heading holding placeholders: the text around each picture or file, and it. */
function splitTextBlock(
  block: RichTextNode,
  found: (attrs: FileRefAttrs) => ImportFile | null,
  used: Map<string, ImportFile>,
): RichTextNode[] {
  const pieces: RichTextNode[] = [];
  let inline: RichTextNode[] = [];
  const flush = () => {
    const content = trimmed(inline);
    inline = [];
    if (content.length === 0) return;
    // Text after a picture in a heading goes on as a paragraph: the heading is one line.
    const type = pieces.length === 0 ? block.type : 'paragraph';
    pieces.push(type === block.type ? { ...block, content } : { type, content });
  };
  for (const child of block.content ?? []) {
    if (!isFileRef(child)) {
      inline.push(child);
      continue;
    }
    const attrs = child.attrs as unknown as FileRefAttrs;
    const file = found(attrs);
    if (!file) {
      inline.push(...(child.content ?? []));
      continue;
    }
    flush();
    used.set(file.sha256, file);
    pieces.push(nodeFor(attrs, file));
  }
  flush();
  if (pieces.length === 0)
    return [{ type: block.type, ...(block.attrs ? { attrs: block.attrs } : {}) }];
  return pieces;
}

function place(
  node: RichTextNode,
  found: (attrs: FileRefAttrs) => ImportFile | null,
  used: Map<string, ImportFile>,
): RichTextNode[] {
  if (!node.content) return [node];
  if (TEXT_BLOCKS.has(node.type)) {
    return node.content.some(isFileRef) ? splitTextBlock(node, found, used) : [node];
  }
  const content = node.content.flatMap((child) =>
    child.type === FILE_REF ? (child.content ?? []) : place(child, found, used),
  );
  // A list item opens with a paragraph; a picture that was its first line goes after an empty one.
  const needsParagraph =
    (node.type === 'listItem' || node.type === 'taskItem') && content[0]?.type !== 'paragraph';
  return [{ ...node, content: needsParagraph ? [{ type: 'paragraph' }, ...content] : content }];
}

/**
 * The document with each placeholder whose file passed its check made a picture (embedded
 * pictures) or a file card (anything else, and links), and every other placeholder its label.
 * Returns the files the document now refers to, each once.
 */
export function placeFiles(
  doc: RichTextNode,
  checked: ReadonlyMap<string, CheckedFile>,
): { doc: RichTextNode; files: ImportFile[] } {
  const used = new Map<string, ImportFile>();
  const found = (attrs: FileRefAttrs) => {
    const result = checked.get(attrs.key);
    return result?.ok ? result.file : null;
  };
  const [placed = doc] = place(doc, found, used);
  return { doc: placed, files: [...used.values()] };
}
