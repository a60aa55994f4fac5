import MarkdownIt from 'markdown-it';
import type { RichTextNode } from '../contract/schemas';

/**
 * tiptap JSON to Markdown (CommonMark, with GitHub's task lists and strikethrough). Pure: no I/O, so
 * it is tested on its own. Underline and highlight have no Markdown syntax and become `<u>` and
 * `<mark>`, which Markdown allows inline. Links keep only web and e-mail addresses, as the editor
 * does; anything else stays as its text.
 */
export function docToMarkdown(doc: RichTextNode, links: AttachmentLinks = noLinks): string {
  const blocks = renderBlocks(doc.content ?? [], links);
  return blocks.length > 0 ? `${blocks.join('\n')}\n` : '';
}

/**
 * Where a picture or file kept in the journal was written, relative to the Markdown file
 * (`attachments/talk.png`), or null when it is not written (its text is kept instead).
 */
export type AttachmentLinks = (src: string) => string | null;
const noLinks: AttachmentLinks = () => null;

type Mark = NonNullable<RichTextNode['marks']>[number];

const MARK_ORDER = ['link', 'bold', 'italic', 'strike', 'underline', 'highlight', 'code'];
const OPEN: Record<string, string> = {
  bold: '**',
  italic: '*',
  strike: '~~',
  underline: '<u>',
  highlight: '<mark>',
};
const CLOSE: Record<string, string> = {
  bold: '**',
  italic: '*',
  strike: '~~',
  underline: '</u>',
  highlight: '</mark>',
};
/** The same marks as inline HTML, for text where Markdown's `*` and `~~` cannot say it. */
const OPEN_HTML: Record<string, string> = {
  bold: '<strong>',
  italic: '<em>',
  strike: '<s>',
  underline: '<u>',
  highlight: '<mark>',
};
const CLOSE_HTML: Record<string, string> = {
  bold: '</strong>',
  italic: '</em>',
  strike: '</s>',
  underline: '</u>',
  highlight: '</mark>',
};
const SAFE_LINK = /^(https?:|mailto:)/i;
const checker = new MarkdownIt('commonmark', { html: true }).enable('strikethrough');

/** Blocks joined by blank lines; each block is a string that may span several lines. */
function renderBlocks(nodes: RichTextNode[], links: AttachmentLinks): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    const block = renderBlock(node, links);
    if (block === null) continue;
    if (out.length > 0) out.push('');
    out.push(block);
  }
  return out;
}

function renderBlock(node: RichTextNode, links: AttachmentLinks): string | null {
  switch (node.type) {
    case 'paragraph': {
      const text = renderInline(node.content ?? []);
      return text === '' ? null : escapeLineStarts(text);
    }
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(node.attrs?.level) || 1));
      const text = renderInline(node.content ?? []).replace(/\\\n/g, ' ');
      return `${'#'.repeat(level)} ${text}`.trimEnd();
    }
    case 'blockquote':
      return prefixLines(renderBlocks(node.content ?? [], links).join('\n'), '> ', '>');
    case 'bulletList':
      return renderList(node, links, () => '- ');
    case 'orderedList': {
      const start = Number.isInteger(node.attrs?.start) ? (node.attrs?.start as number) : 1;
      return renderList(node, links, (index) => `${start + index}. `);
    }
    case 'taskList':
      return renderList(node, links, (_index, item) => (item.attrs?.checked ? '- [x] ' : '- [ ] '));
    case 'image':
      return renderPicture(node, links);
    case 'attachment':
      return renderFile(node, links);
    case 'codeBlock':
      return renderCode(node);
    case 'horizontalRule':
      return '---';
    default: {
      // Something this converter does not know: keep its text, never drop words.
      if (node.content?.some((child) => child.type === 'text' || child.type === 'hardBreak')) {
        return escapeLineStarts(renderInline(node.content));
      }
      const inner = renderBlocks(node.content ?? [], links);
      return inner.length > 0 ? inner.join('\n') : null;
    }
  }
}

const attr = (node: RichTextNode, name: string): string => {
  const value = node.attrs?.[name];
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
};

/** `![description](attachments/talk.png)`, its caption in italics beneath. */
function renderPicture(node: RichTextNode, links: AttachmentLinks): string | null {
  const alt = attr(node, 'alt');
  const caption = attr(node, 'caption');
  const target = links(attr(node, 'src'));
  const lines: string[] = [];
  if (target !== null) lines.push(`![${escapeText(alt)}](${target})`);
  else if (alt !== '') lines.push(escapeLineStarts(escapeText(alt)));
  if (caption !== '') lines.push(`*${escapeText(caption)}*`);
  return lines.length > 0 ? lines.join('\\\n') : null;
}

/** `[offer.pdf](attachments/offer.pdf)`. */
function renderFile(node: RichTextNode, links: AttachmentLinks): string | null {
  const name = attr(node, 'name') || 'file';
  const target = links(attr(node, 'src'));
  const label = escapeText(name);
  return target === null ? escapeLineStarts(label) : `[${label}](${target})`;
}

function renderList(
  list: RichTextNode,
  links: AttachmentLinks,
  marker: (index: number, item: RichTextNode) => string,
): string | null {
  const items = (list.content ?? []).map((item, index) => {
    const prefix = marker(index, item);
    // Continuation lines line up with the item's text (for a task, with the checkbox).
    const indent = ' '.repeat(list.type === 'taskList' ? 2 : prefix.length);
    const parts: string[] = [];
    for (const child of item.content ?? []) {
      const block = renderBlock(child, links);
      if (block === null) continue;
      const isList = /List$/.test(child.type);
      if (parts.length > 0) parts.push(isList ? '\n' : '\n\n');
      parts.push(block);
    }
    const body = parts.join('');
    return prefixLines(body === '' ? '' : body, indent, '', prefix);
  });
  return items.length > 0 ? items.join('\n') : null;
}

function renderCode(node: RichTextNode): string {
  const text = (node.content ?? []).map((child) => child.text ?? '').join('');
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  const language =
    typeof node.attrs?.language === 'string' ? node.attrs.language.replace(/[^\w+-]/g, '') : '';
  return `${fence}${language}\n${text}${text.endsWith('\n') || text === '' ? '' : '\n'}${fence}`;
}

/** Prefixes every line; the first line may get its own prefix (a list marker). */
function prefixLines(text: string, prefix: string, emptyPrefix: string, first = prefix): string {
  return text
    .split('\n')
    .map((line, index) => {
      const lead = index === 0 ? first : prefix;
      return line === '' && index > 0 ? emptyPrefix.trimEnd() || lead.trimEnd() : lead + line;
    })
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n');
}

/** Text that would start a heading, list, quote or rule at the start of a line is escaped. */
function escapeLineStarts(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const trimmed = line.replace(/^[ \t]+/, '');
      return trimmed.replace(/^([#>+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
    })
    .join('\n');
}

function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>~|]/g, (char) => `\\${char}`).replace(/&(?=#?\w+;)/g, '\\&');
}

function sameMark(a: Mark, b: Mark): boolean {
  return a.type === b.type && (a.type !== 'link' || a.attrs?.href === b.attrs?.href);
}

function linkTarget(mark: Mark): string | null {
  const href = typeof mark.attrs?.href === 'string' ? mark.attrs.href.trim() : '';
  if (!SAFE_LINK.test(href)) return null;
  return /[\s()<>]/.test(href) ? `<${href.replace(/[<>\s]/g, encodeURIComponent)}>` : href;
}

function openMark(mark: Mark, style: 'markdown' | 'html'): string {
  if (mark.type === 'link') return linkTarget(mark) === null ? '' : '[';
  return (style === 'html' ? OPEN_HTML : OPEN)[mark.type] ?? '';
}

function closeMark(mark: Mark, style: 'markdown' | 'html'): string {
  if (mark.type === 'link') {
    const target = linkTarget(mark);
    return target === null ? '' : `](${target})`;
  }
  return (style === 'html' ? CLOSE_HTML : CLOSE)[mark.type] ?? '';
}

function codeSpan(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longestRun + 1);
  // CommonMark strips one space from each side when both are there, so those get one more.
  const spaced = text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '';
  const pad = text.startsWith('`') || text.endsWith('`') || spaced ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

/**
 * Inline text with its marks. Marks stay open across neighbouring text that shares them, and
 * spaces at the edge of a marked run are moved outside it (`**bold** text`, never `**bold **text`,
 * which Markdown would not read as bold).
 */
function renderInlineAs(nodes: RichTextNode[], style: 'markdown' | 'html'): string {
  let out = '';
  let active: Mark[] = [];
  let pendingSpace = '';

  const closeFrom = (keep: number) => {
    for (let i = active.length - 1; i >= keep; i--) out += closeMark(active[i] as Mark, style);
    active = active.slice(0, keep);
  };

  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      closeFrom(0);
      out += `${pendingSpace}\\\n`;
      pendingSpace = '';
      continue;
    }
    const raw = node.type === 'text' ? (node.text ?? '') : '';
    if (raw === '') continue;
    const marks = (node.marks ?? [])
      .filter((mark) => MARK_ORDER.includes(mark.type))
      .sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
    const isCode = marks.some((mark) => mark.type === 'code');
    const lead = isCode ? '' : (/^\s+/.exec(raw)?.[0] ?? '');
    const trail = isCode ? '' : (/\s+$/.exec(raw.slice(lead.length))?.[0] ?? '');
    const core = raw.slice(lead.length, raw.length - trail.length);
    if (core === '') {
      pendingSpace += raw;
      continue;
    }
    let keep = 0;
    while (
      keep < active.length &&
      keep < marks.length &&
      (active[keep] as Mark).type !== 'code' &&
      sameMark(active[keep] as Mark, marks[keep] as Mark)
    ) {
      keep++;
    }
    closeFrom(keep);
    out += pendingSpace + lead;
    for (const mark of marks.slice(keep)) {
      if (mark.type !== 'code') out += openMark(mark, style);
    }
    active = marks.filter((mark) => mark.type !== 'code');
    out += isCode ? codeSpan(core) : escapeText(core);
    pendingSpace = trail;
  }
  closeFrom(0);
  return out + pendingSpace.replace(/\s+$/, '');
}

function markKey(node: RichTextNode): string {
  return JSON.stringify(
    (node.marks ?? []).map((mark) => [mark.type, mark.attrs?.href ?? null]).sort(),
  );
}

/** Neighbouring text with the same marks becomes one run (two code spans side by side would merge wrongly). */
function mergeNeighbours(nodes: RichTextNode[]): RichTextNode[] {
  const merged: RichTextNode[] = [];
  for (const node of nodes) {
    const last = merged[merged.length - 1];
    if (last?.type === 'text' && node.type === 'text' && markKey(last) === markKey(node)) {
      merged[merged.length - 1] = { ...last, text: (last.text ?? '') + (node.text ?? '') };
    } else merged.push(node);
  }
  return merged;
}

/**
 * Markdown's emphasis depends on the characters around each `*` or `~~` ("flanking" rules): in
 * `*\`a\`*b` the second star cannot close. Rather than guess, the Markdown is read back with a
 * CommonMark parser and compared with the same marks written as HTML tags; when they differ, the
 * tags are used (Markdown allows inline HTML), so no mark is lost and no stray `*` appears.
 */
function renderInline(nodes: RichTextNode[]): string {
  nodes = mergeNeighbours(nodes);
  const markdown = renderInlineAs(nodes, 'markdown');
  if (!/[*~]/.test(markdown.replace(/\\[*~]/g, ''))) return markdown;
  const html = renderInlineAs(nodes, 'html');
  return checker.renderInline(markdown) === checker.renderInline(html) ? markdown : html;
}

/** Plain text (a goal's field, a title) made safe to place in Markdown as it reads. */
export function escapeMarkdown(text: string): string {
  return escapeLineStarts(
    escapeText(text)
      .replace(/\r\n?/g, '\n')
      .replace(/\n{2,}/g, '\n\n'),
  )
    .split('\n')
    .join('\n');
}
