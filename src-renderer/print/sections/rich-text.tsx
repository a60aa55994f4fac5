import type { ReactNode } from 'react';
import type { RichTextNode } from '../../../src-main/contract';
import { plainTextOf } from '../../../src-main/shared/rich-text';
import type { PrintBlock } from '../blocks';
import { chunkText } from '../text';

/** Longer than this, a paragraph is printed as plain pieces that each fit a page. */
const LONG_PARAGRAPH = 1500;

/**
 * Inline rich text as React elements: text is always text (React escapes it), marks become the
 * matching elements, links print their words only. Nothing is ever parsed as HTML.
 */
function inline(nodes: readonly RichTextNode[] | undefined, key: string): ReactNode[] {
  return (nodes ?? []).map((node, index) => {
    const k = `${key}.${index}`;
    if (node.type === 'hardBreak') return <br key={k} />;
    if (node.type !== 'text') return <span key={k}>{inline(node.content, k)}</span>;
    let element: ReactNode = node.text ?? '';
    for (const mark of node.marks ?? []) {
      if (mark.type === 'bold') element = <strong>{element}</strong>;
      else if (mark.type === 'italic') element = <em>{element}</em>;
      else if (mark.type === 'underline') element = <u>{element}</u>;
      else if (mark.type === 'strike') element = <s>{element}</s>;
      else if (mark.type === 'highlight') element = <mark>{element}</mark>;
      else if (mark.type === 'code') element = <code>{element}</code>;
    }
    return <span key={k}>{element}</span>;
  });
}

function listItems(list: RichTextNode, key: string, className: string): PrintBlock[] {
  const ordered = list.type === 'orderedList';
  const start = Number(list.attrs?.start ?? 1) || 1;
  return (list.content ?? []).map((item, index) => {
    const checked = list.type === 'taskList' ? item.attrs?.checked === true : null;
    const marker = ordered ? `${start + index}.` : '•';
    return {
      key: `${key}-${index}`,
      className: `${className} rt-li`,
      node: (
        <>
          <span className={`rt-marker${checked !== null ? ' rt-task' : ''}`} aria-hidden="true">
            {checked === null ? marker : ''}
          </span>
          {checked !== null && (
            <span className={`gc-box${checked ? ' is-checked' : ''}`} aria-hidden="true" />
          )}
          <span>{plainTextOf({ type: 'doc', content: item.content ?? [] })}</span>
        </>
      ),
    };
  });
}

/** A stored tiptap document as print blocks: one per paragraph, heading, quote or list item. */
export function richTextBlocks(doc: RichTextNode, key: string, className = 'rt'): PrintBlock[] {
  const blocks: PrintBlock[] = [];
  (doc.content ?? []).forEach((node, index) => {
    const k = `${key}-${index}`;
    const text = plainTextOf({ type: 'doc', content: [node] });
    if (node.type === 'bulletList' || node.type === 'orderedList' || node.type === 'taskList') {
      blocks.push(...listItems(node, k, className));
      return;
    }
    if (text.trim() === '') return;
    if (node.type === 'heading') {
      blocks.push({
        key: k,
        className: `${className} rt-heading`,
        keepWithNext: true,
        node: <p className="rt-h">{inline(node.content, k)}</p>,
      });
      return;
    }
    const quote = node.type === 'blockquote';
    if (text.length > LONG_PARAGRAPH || quote || node.type === 'codeBlock') {
      chunkText(text).forEach((piece, part) =>
        blocks.push({
          key: `${k}-${part}`,
          className: `${className}${quote ? ' rt-quote' : ''}`,
          node: <p>{piece}</p>,
        }),
      );
      return;
    }
    blocks.push({ key: k, className, node: <p>{inline(node.content, k)}</p> });
  });
  return blocks;
}
