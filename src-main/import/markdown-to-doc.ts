/**
 * Markdown to the rich text the editor stores (tiptap JSON), using only the nodes and marks of the
 * journal's extension set. Whatever the editor cannot hold becomes readable text: wiki links show
 * their name, images and embeds a short label in brackets, tables one line per row, raw HTML its
 * source. Links survive only to web and e-mail addresses; any other target keeps just its text.
 */
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import type { RichTextNode } from '../contract/schemas';
import { isAllowedLink } from '../shared/links';
import { fitDocNesting, MAX_NODE_DEPTH } from '../shared/nesting-limits';
import { fileRef, type FileResolver } from './file-refs';
import { imageText, wikiLinkNodes } from './reference-labels';

type Mark = NonNullable<RichTextNode['marks']>[number];

export interface MarkdownOptions {
  /**
   * What a single line break inside a paragraph becomes: a line break (Obsidian and Joplin show
   * one), or a new paragraph (Day One writes one paragraph per line).
   */
  softBreak?: 'line' | 'paragraph';
  /**
   * Finds the files of the import source that pictures, embeds and local links refer to; each one
   * found becomes a placeholder for place-files.ts. Without it every such reference is a label.
   */
  files?: FileResolver;
}

const md = new MarkdownIt('default', { html: false, linkify: true, typographer: false });

/**
 * Containers past this stop opening while the notes are read (a hostile file could nest thousands);
 * the finished document is then fitted to the editor's own limits.
 */
const MAX_CONTAINER_DEPTH = MAX_NODE_DEPTH;

/** Marks in the order the schema ranks them, so stored JSON looks like what the editor writes. */
const MARK_ORDER = ['link', 'bold', 'code', 'italic', 'strike'];

function sortedMarks(marks: Mark[]): Mark[] | undefined {
  if (marks.length === 0) return undefined;
  return [...marks].sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
}

function text(value: string, marks: Mark[]): RichTextNode {
  const sorted = sortedMarks(marks);
  return sorted ? { type: 'text', text: value, marks: sorted } : { type: 'text', text: value };
}

function sameMarks(a: RichTextNode, b: RichTextNode): boolean {
  return JSON.stringify(a.marks ?? []) === JSON.stringify(b.marks ?? []);
}

/** Joins neighbouring text with the same marks, and drops empty text (ProseMirror forbids it). */
function tidyInline(nodes: RichTextNode[]): RichTextNode[] {
  const out: RichTextNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text' && !node.text) continue;
    const last = out[out.length - 1];
    if (last && last.type === 'text' && node.type === 'text' && sameMarks(last, node)) {
      last.text = (last.text ?? '') + (node.text ?? '');
    } else {
      out.push({ ...node });
    }
  }
  return out;
}

/**
 * The inline tokens of one block as text nodes with marks, and hard breaks. With
 * `softBreak: 'paragraph'` the result may hold `null` where a new paragraph starts.
 */
function inlineContent(children: Token[], options: MarkdownOptions): (RichTextNode | null)[] {
  const out: (RichTextNode | null)[] = [];
  const marks: Mark[] = [];
  // One entry per open link: its mark, or null when the target was not allowed (text only).
  const links: (Mark | null)[] = [];
  // One entry per open link too: the file it points to and where its text starts, or null.
  const fileLinks: ({ key: string; start: number } | null)[] = [];
  const remove = (type: string) => {
    const index = marks.findIndex((mark) => mark.type === type);
    if (index >= 0) marks.splice(index, 1);
  };
  for (const token of children) {
    switch (token.type) {
      case 'text':
      case 'text_special':
        out.push(...wikiLinkNodes(token.content, (value) => text(value, marks), options.files));
        break;
      case 'code_inline':
        // Code excludes every other mark in the editor; inside a link the link matters more.
        out.push(
          links.some((link) => link !== null)
            ? text(token.content, marks)
            : text(token.content, [{ type: 'code' }]),
        );
        break;
      case 'softbreak':
        out.push(options.softBreak === 'paragraph' ? null : { type: 'hardBreak' });
        break;
      case 'hardbreak':
        out.push({ type: 'hardBreak' });
        break;
      case 'strong_open':
        marks.push({ type: 'bold' });
        break;
      case 'strong_close':
        remove('bold');
        break;
      case 'em_open':
        marks.push({ type: 'italic' });
        break;
      case 'em_close':
        remove('italic');
        break;
      case 's_open':
        marks.push({ type: 'strike' });
        break;
      case 's_close':
        remove('strike');
        break;
      case 'link_open': {
        const href = String(token.attrGet('href') ?? '');
        const allowed = isAllowedLink(href) && !marks.some((mark) => mark.type === 'link');
        const mark: Mark | null = allowed ? { type: 'link', attrs: { href } } : null;
        const key = allowed || !options.files ? null : options.files(href, 'link', false);
        fileLinks.push(
          key !== null && !fileLinks.some(Boolean) ? { key, start: out.length } : null,
        );
        links.push(mark);
        if (mark) marks.push(mark);
        break;
      }
      case 'link_close': {
        const mark = links.pop();
        if (mark) marks.splice(marks.indexOf(mark), 1);
        const file = fileLinks.pop();
        if (file) {
          const label = out
            .splice(file.start)
            .filter((node): node is RichTextNode => node !== null);
          const alt = label
            .map((node) => node.text ?? '')
            .join('')
            .trim();
          out.push(fileRef({ key: file.key, form: 'link', alt, width: null }, label));
        }
        break;
      }
      case 'image': {
        const src = String(token.attrGet('src') ?? '');
        const label = text(imageText(token.content, src), marks);
        const key = options.files?.(src, 'embed', false) ?? null;
        out.push(
          key === null
            ? label
            : fileRef({ key, form: 'embed', alt: token.content.trim(), width: null }, [label]),
        );
        break;
      }
      default:
        if (token.content) out.push(text(token.content, marks));
    }
  }
  return out;
}

/** Splits inline content at paragraph breaks (`null`), each part tidied. */
function splitParagraphs(content: (RichTextNode | null)[]): RichTextNode[][] {
  const parts: RichTextNode[][] = [[]];
  for (const node of content) {
    if (node === null) parts.push([]);
    else parts[parts.length - 1]?.push(node);
  }
  return parts.map(tidyInline);
}

const TASK_PREFIX = /^\[([ xX])\](?:[ \t]+|$)/;

/** The task marker (`[ ]`, `[x]`) at the start of a list item, taken off its text. */
function asTaskItem(item: RichTextNode): RichTextNode | null {
  const paragraph = item.content?.[0];
  const first = paragraph?.type === 'paragraph' ? paragraph.content?.[0] : undefined;
  if (!paragraph || first?.type !== 'text') return null;
  const match = TASK_PREFIX.exec(first.text ?? '');
  if (!match) return null;
  const rest = (first.text ?? '').slice(match[0].length);
  const inline =
    rest === ''
      ? paragraph.content?.slice(1)
      : [{ ...first, text: rest }, ...(paragraph.content?.slice(1) ?? [])];
  const leading: RichTextNode =
    inline && inline.length > 0 ? { type: 'paragraph', content: inline } : { type: 'paragraph' };
  return {
    type: 'taskItem',
    attrs: { checked: match[1] !== ' ' },
    content: [leading, ...(item.content?.slice(1) ?? [])],
  };
}

/** A bullet list whose items are tasks becomes a task list; a mixed list is split into runs. */
function withTaskLists(list: RichTextNode): RichTextNode[] {
  const runs: RichTextNode[] = [];
  for (const item of list.content ?? []) {
    const task = asTaskItem(item);
    const type = task ? 'taskList' : 'bulletList';
    const last = runs[runs.length - 1];
    if (last?.type === type) last.content?.push(task ?? item);
    else runs.push({ type, content: [task ?? item] });
  }
  return runs.length > 0 ? runs : [list];
}

/** Containers the schema requires to start with, or hold, a paragraph get one. */
function fitContainer(node: RichTextNode): RichTextNode {
  const content = node.content ?? [];
  if ((node.type === 'listItem' || node.type === 'taskItem') && content[0]?.type !== 'paragraph') {
    return { ...node, content: [{ type: 'paragraph' }, ...content] };
  }
  if (content.length === 0 && (node.type === 'blockquote' || node.type === 'doc')) {
    return { ...node, content: [{ type: 'paragraph' }] };
  }
  if (content.length === 0 && (node.type === 'bulletList' || node.type === 'orderedList')) {
    return { ...node, content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] };
  }
  return node;
}

interface Frame {
  node: RichTextNode;
  /** False for a container opened past the depth limit: its content went to the parent. */
  real: boolean;
}

export function markdownToDoc(markdown: string, options: MarkdownOptions = {}): RichTextNode {
  const tokens = md.parse(markdown, {});
  const root: RichTextNode = { type: 'doc', content: [] };
  const stack: Frame[] = [{ node: root, real: true }];
  const current = () => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]?.real) return (stack[i] as Frame).node;
    return root;
  };
  const append = (node: RichTextNode) => (current().content ??= []).push(node);
  const open = (node: RichTextNode) => {
    // Text blocks always open; an item follows its list; other containers stop at the limit.
    const real =
      node.type === 'paragraph' || node.type === 'heading'
        ? true
        : node.type === 'listItem'
          ? (stack[stack.length - 1]?.real ?? true)
          : stack.filter((frame) => frame.real).length <= MAX_CONTAINER_DEPTH;
    if (real) append(node);
    stack.push({ node, real });
  };
  const close = () => {
    const frame = stack.pop();
    if (!frame?.real) return;
    const parent = current().content ?? [];
    const fitted = frame.node.type === 'bulletList' ? withTaskLists(frame.node) : [frame.node];
    parent.splice(parent.lastIndexOf(frame.node), 1, ...fitted.map(fitContainer));
  };
  // Table rows become paragraphs; these hold the row being read.
  let row: RichTextNode[] | null = null;
  let header = false;

  for (const token of tokens) {
    switch (token.type) {
      case 'heading_open':
        open({ type: 'heading', attrs: { level: Number(token.tag.slice(1)) || 1 } });
        break;
      case 'paragraph_open':
        open({ type: 'paragraph' });
        break;
      case 'blockquote_open':
        open({ type: 'blockquote' });
        break;
      case 'bullet_list_open':
        open({ type: 'bulletList' });
        break;
      case 'ordered_list_open': {
        const start = Number(token.attrGet('start') ?? 1);
        const valid = Number.isInteger(start) && start >= 0 && start <= 1_000_000;
        open(
          valid && start !== 1
            ? { type: 'orderedList', attrs: { start } }
            : { type: 'orderedList' },
        );
        break;
      }
      case 'list_item_open':
        open({ type: 'listItem' });
        break;
      case 'heading_close':
      case 'paragraph_close':
      case 'blockquote_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close':
        close();
        break;
      case 'fence':
      case 'code_block': {
        const language = token.info.trim().split(/\s+/, 1)[0] ?? '';
        const code = token.content.replace(/\n$/, '');
        const node: RichTextNode = { type: 'codeBlock' };
        if (/^[\w+#.-]{1,32}$/.test(language)) node.attrs = { language };
        if (code !== '') node.content = [{ type: 'text', text: code }];
        append(node);
        break;
      }
      case 'hr':
        append({ type: 'horizontalRule' });
        break;
      case 'thead_open':
        header = true;
        break;
      case 'thead_close':
        header = false;
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close': {
        const content = tidyInline(row ?? []);
        append(content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' });
        row = null;
        break;
      }
      case 'inline': {
        const inline = inlineContent(token.children ?? [], options);
        if (row) {
          if (row.length > 0) row.push(text(' | ', []));
          for (const node of inline) {
            if (node === null) row.push({ type: 'hardBreak' });
            else if (header && node.type === 'text') {
              row.push({ ...node, marks: sortedMarks([...(node.marks ?? []), { type: 'bold' }]) });
            } else row.push(node);
          }
          break;
        }
        const block = current();
        if (block.type !== 'paragraph') {
          const content = tidyInline(inline.map((node) => node ?? { type: 'hardBreak' }));
          if (content.length > 0) block.content = content;
          break;
        }
        const [first = [], ...more] = splitParagraphs(inline);
        if (first.length > 0) block.content = first;
        if (more.length > 0) {
          // Day One's one paragraph per line: the lines after the first follow as siblings.
          const parent = stack.filter((frame) => frame.real).at(-2)?.node ?? root;
          for (const part of more) {
            if (part.length > 0) parent.content?.push({ type: 'paragraph', content: part });
          }
        }
        break;
      }
      default:
        // Raw HTML (shown as its source text) and anything else with text keeps that text.
        if (token.content && token.block) {
          append({ type: 'paragraph', content: [text(token.content.trim(), [])] });
        }
    }
  }
  return fitDocNesting(fitContainer(root));
}
