import { getSchema, type Extensions, type JSONContent } from '@tiptap/core';
import type { NodeType, Schema } from '@tiptap/pm/model';
import type { RichTextNode } from '../../src-main/contract';
import { fitDocNesting } from '../../src-main/shared/nesting-limits';
import {
  ATTACHMENT_NODE_TYPES,
  ATTACHMENT_SRC,
  docFromParagraphs,
  plainTextOf,
} from '../../src-main/shared/rich-text';
import { isAllowedLink } from '../../src-main/shared/links';

type Attrs = Record<string, unknown>;

/** Attribute checks where a bad value would be more than ugly (a heading level becomes a tag name). */
const NODE_ATTR_RULES: Record<string, Record<string, (value: unknown) => boolean>> = {
  heading: { level: (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 6 },
  orderedList: {
    start: (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 1_000_000,
    type: (v) => v === null || (typeof v === 'string' && /^[1aAiI]$/.test(v)),
  },
  taskItem: { checked: (v) => typeof v === 'boolean' },
  prompt: { promptId: (v) => v === null || (typeof v === 'string' && /^[a-z0-9-]{1,64}$/.test(v)) },
  codeBlock: {
    language: (v) => v === null || (typeof v === 'string' && /^[\w+#.-]{1,32}$/.test(v)),
  },
  // Pictures and files come only from the journal: a web address, a path or a data: URL is dropped.
  image: {
    src: (v) => typeof v === 'string' && ATTACHMENT_SRC.test(v),
    alt: (v) => typeof v === 'string' && v.length <= 2000,
    caption: (v) => typeof v === 'string' && v.length <= 2000,
    width: (v) => v === 'small' || v === 'medium' || v === 'full',
  },
  attachment: {
    src: (v) => typeof v === 'string' && ATTACHMENT_SRC.test(v),
    name: (v) => typeof v === 'string' && v.length >= 1 && v.length <= 255,
    mime: (v) => typeof v === 'string' && /^[\w.+-]+\/[\w.+-]+$/.test(v),
    size: (v) => Number.isInteger(v) && (v as number) >= 0,
    kind: (v) => v === 'file' || v === 'program',
  },
};

function isPrimitive(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function cleanAttrs(
  known: Record<string, unknown>,
  attrs: unknown,
  rules: Record<string, (value: unknown) => boolean> = {},
): Attrs | undefined {
  if (!attrs || typeof attrs !== 'object') return undefined;
  const kept: Attrs = {};
  for (const [key, value] of Object.entries(attrs as Attrs)) {
    if (!(key in known) || !isPrimitive(value)) continue;
    const rule = rules[key];
    if (rule && !rule(value)) continue;
    kept[key] = value;
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}

function cleanMarks(schema: Schema, marks: unknown): JSONContent['marks'] {
  if (!Array.isArray(marks)) return undefined;
  const kept: NonNullable<JSONContent['marks']> = [];
  for (const mark of marks as { type?: unknown; attrs?: unknown }[]) {
    const type = typeof mark?.type === 'string' ? schema.marks[mark.type] : undefined;
    if (!type) continue;
    if (type.name === 'link') {
      const href = (mark.attrs as Attrs | undefined)?.href;
      // Only the address is ours to keep; target and rel come from the extension's settings.
      if (typeof href === 'string' && isAllowedLink(href))
        kept.push({ type: 'link', attrs: { href } });
      continue;
    }
    const attrs = cleanAttrs(type.spec.attrs ?? {}, mark.attrs);
    kept.push(attrs ? { type: type.name, attrs } : { type: type.name });
  }
  return kept.length > 0 ? kept : undefined;
}

function isInline(schema: Schema, node: JSONContent): boolean {
  return node.type === 'text' || schema.nodes[node.type ?? '']?.isInline === true;
}

/** The inline content of nodes, for a place where blocks cannot go (a block's text, run together). */
function inlineOf(schema: Schema, nodes: JSONContent[]): JSONContent[] {
  return nodes.flatMap((node) =>
    isInline(schema, node) ? [node] : inlineOf(schema, node.content ?? []),
  );
}

/**
 * Children shaped for their parent: inline runs inside a block container are wrapped in
 * paragraphs, blocks inside a textblock give way to their text. What still does not fit is left
 * to the schema check.
 */
function fitChildren(schema: Schema, parent: NodeType, children: JSONContent[]): JSONContent[] {
  if (parent.isTextblock) return inlineOf(schema, children);
  const fitted: JSONContent[] = [];
  let run: JSONContent[] = [];
  const flush = () => {
    if (run.length > 0) fitted.push({ type: 'paragraph', content: run });
    run = [];
  };
  for (const child of children) {
    if (isInline(schema, child)) run.push(child);
    else {
      flush();
      fitted.push(child);
    }
  }
  flush();
  return fitted;
}

/** A node as JSON with only known types, marks and attributes; unknown nodes give way to their content. */
function cleanNode(schema: Schema, value: unknown, depth: number): JSONContent[] {
  if (!value || typeof value !== 'object' || depth > 200) return [];
  const node = value as {
    type?: unknown;
    attrs?: unknown;
    content?: unknown;
    marks?: unknown;
    text?: unknown;
  };
  if (node.type === 'text') {
    if (typeof node.text !== 'string' || node.text === '') return [];
    const marks = cleanMarks(schema, node.marks);
    return [marks ? { type: 'text', text: node.text, marks } : { type: 'text', text: node.text }];
  }
  const children = Array.isArray(node.content)
    ? (node.content as unknown[]).flatMap((child) => cleanNode(schema, child, depth + 1))
    : [];
  const type = typeof node.type === 'string' ? schema.nodes[node.type] : undefined;
  if (!type || type.name === 'text') return children;
  const cleaned: JSONContent = { type: type.name };
  const attrs = cleanAttrs(type.spec.attrs ?? {}, node.attrs, NODE_ATTR_RULES[type.name]);
  // A picture or file without a reference to the journal's own bytes is no picture at all.
  if (ATTACHMENT_NODE_TYPES.has(type.name) && !attrs?.src) return [];
  if (attrs) cleaned.attrs = attrs;
  const content = fitChildren(schema, type, children);
  if (content.length > 0) cleaned.content = content;
  return [cleaned];
}

const schemas = new WeakMap<Extensions, Schema>();

function schemaOf(extensions: Extensions): Schema {
  let schema = schemas.get(extensions);
  if (!schema) {
    schema = getSchema(extensions);
    schemas.set(extensions, schema);
  }
  return schema;
}

/**
 * Stored JSON made safe to show: only the nodes, marks and attributes of our extension set, links
 * to web and mail addresses only, attribute values checked. A document that still does not fit
 * the schema (text where a block belongs, say) is shown as its plain text, one paragraph per line,
 * so nothing is lost and nothing can act.
 */
export function safeDoc(extensions: Extensions, stored: unknown): JSONContent {
  const schema = schemaOf(extensions);
  const nodes = cleanNode(schema, stored, 0);
  const cleaned: JSONContent =
    nodes.length === 1 && nodes[0]?.type === 'doc'
      ? (nodes[0] as JSONContent)
      : { type: 'doc', content: fitChildren(schema, schema.topNodeType, nodes) };
  // A document deeper than the editor allows (written before the limit) opens flattened to it, so
  // the next save is accepted; its text is all kept.
  const doc = fitDocNesting(cleaned as RichTextNode) as JSONContent;
  try {
    const node = schema.nodeFromJSON(doc);
    node.check();
    return node.toJSON() as JSONContent;
  } catch {
    const lines = plainTextOf(doc as RichTextNode).split('\n');
    return docFromParagraphs(lines) as JSONContent;
  }
}
