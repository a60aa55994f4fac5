/**
 * Word and Google Docs put some structure where a sanitizer would throw it away: Word writes
 * lists as paragraphs styled `mso-list` with a typed bullet, Google Docs writes bold and italic as
 * inline styles. These rewrite them as plain elements (ul/ol/li, strong/em/u/s) so they survive
 * once every style attribute is removed. They run on an inert document from DOMParser, before
 * sanitizing: nothing here is trusted, and the result is sanitized in full afterwards.
 */

const HEADING_OR_STRONG = /^(B|STRONG|H[1-6])$/;
const ORDERED_MARKER = /^\s*\(?([0-9]{1,3}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,6})[.)]/;

interface WordListItem {
  paragraph: Element;
  level: number;
  ordered: boolean;
}

function wordListLevel(paragraph: Element): number | null {
  const style = paragraph.getAttribute('style') ?? '';
  const match = /mso-list:\s*l\d+\s+level(\d+)/i.exec(style);
  if (match) return Math.min(9, Number(match[1]));
  return /^MsoListParagraph/i.test(paragraph.getAttribute('class') ?? '') ? 1 : null;
}

/**
 * Removes Word's typed bullet or number (between `[if !supportLists]` and `[endif]`, or in a span
 * styled `mso-list:Ignore`) and returns its text, which says whether the list is numbered.
 */
function takeWordMarker(paragraph: Element): string {
  let marker = '';
  const doc = paragraph.ownerDocument;
  const walker = doc.createTreeWalker(paragraph, 0x80 /* NodeFilter.SHOW_COMMENT */);
  const start = walker.nextNode();
  if (start && /supportLists/i.test(start.nodeValue ?? '')) {
    const doomed: Node[] = [];
    let node = start.nextSibling;
    while (node && !(node.nodeType === 8 && /endif/i.test(node.nodeValue ?? ''))) {
      doomed.push(node);
      node = node.nextSibling;
    }
    for (const item of doomed) {
      marker += item.textContent ?? '';
      item.parentNode?.removeChild(item);
    }
    return marker;
  }
  for (const span of Array.from(paragraph.querySelectorAll('[style]'))) {
    if (/mso-list:\s*Ignore/i.test(span.getAttribute('style') ?? '')) {
      marker += span.textContent ?? '';
      span.remove();
    }
  }
  return marker;
}

function isBlank(node: Node): boolean {
  return (
    node.nodeType === 8 ||
    (node.nodeType === 3 && (node.nodeValue ?? '').trim().replace(/\u00a0/g, '') === '')
  );
}

function buildList(items: WordListItem[], doc: Document): Element {
  const first = items[0] as WordListItem;
  const root = doc.createElement(first.ordered ? 'ol' : 'ul');
  const stack: { level: number; list: Element }[] = [{ level: first.level, list: root }];
  for (const item of items) {
    let top = stack[stack.length - 1] as { level: number; list: Element };
    while (item.level > top.level) {
      const parentItem = top.list.lastElementChild ?? top.list.appendChild(doc.createElement('li'));
      const nested = parentItem.appendChild(doc.createElement(item.ordered ? 'ol' : 'ul'));
      top = { level: top.level + 1, list: nested };
      stack.push(top);
    }
    while (item.level < top.level && stack.length > 1) {
      stack.pop();
      top = stack[stack.length - 1] as { level: number; list: Element };
    }
    const li = doc.createElement('li');
    const p = li.appendChild(doc.createElement('p'));
    while (item.paragraph.firstChild) p.appendChild(item.paragraph.firstChild);
    top.list.appendChild(li);
  }
  return root;
}

/** Turns runs of Word's list paragraphs into real, nested lists. */
export function convertWordLists(root: Element): void {
  const doc = root.ownerDocument;
  const paragraphs = Array.from(root.querySelectorAll('p')).filter(
    (p) => wordListLevel(p) !== null,
  );
  const seen = new Set<Element>();
  for (const paragraph of paragraphs) {
    if (seen.has(paragraph)) continue;
    const run: WordListItem[] = [];
    let node: Node | null = paragraph;
    while (node) {
      if (node.nodeType === 1 && (node as Element).tagName === 'P') {
        const level = wordListLevel(node as Element);
        if (level === null) break;
        const element = node as Element;
        seen.add(element);
        const ordered = ORDERED_MARKER.test(takeWordMarker(element));
        run.push({ paragraph: element, level, ordered });
      } else if (!isBlank(node)) {
        break;
      }
      node = node.nextSibling;
    }
    const list = buildList(run, doc);
    paragraph.parentNode?.insertBefore(list, paragraph);
    for (const item of run) item.paragraph.remove();
  }
}

function wrapChildren(element: Element, tags: string[]): void {
  if (tags.length === 0) return;
  const doc = element.ownerDocument;
  const outer = doc.createElement(tags[0] as string);
  let inner = outer;
  for (const tag of tags.slice(1)) inner = inner.appendChild(doc.createElement(tag));
  while (element.firstChild) inner.appendChild(element.firstChild);
  element.appendChild(outer);
}

function unwrap(element: Element): void {
  const parent = element.parentNode;
  if (!parent) return;
  while (element.firstChild) parent.insertBefore(element.firstChild, element);
  parent.removeChild(element);
}

/** Rewrites emphasis given as inline styles (Google Docs) as elements. */
export function convertStyledEmphasis(root: Element): void {
  for (const element of Array.from(root.querySelectorAll('[style]'))) {
    const style = (element as HTMLElement).style;
    if (!style) continue;
    const weight = style.getPropertyValue('font-weight').trim().toLowerCase();
    const fontStyle = style.getPropertyValue('font-style').trim().toLowerCase();
    const decoration = `${style.getPropertyValue('text-decoration-line')} ${style.getPropertyValue('text-decoration')}`;
    // Google Docs wraps a whole copied selection in <b style="font-weight:normal">.
    if (
      element.tagName === 'B' &&
      (weight === 'normal' || (Number(weight) > 0 && Number(weight) < 600))
    ) {
      unwrap(element);
      continue;
    }
    const tags: string[] = [];
    if (
      (weight === 'bold' || weight === 'bolder' || Number(weight) >= 600) &&
      !HEADING_OR_STRONG.test(element.tagName)
    ) {
      tags.push('strong');
    }
    if ((fontStyle === 'italic' || fontStyle === 'oblique') && !/^(I|EM)$/.test(element.tagName)) {
      tags.push('em');
    }
    // Links show as underlined anyway; an underline mark on their text would only add noise.
    if (/underline/.test(decoration) && !element.closest('a')) tags.push('u');
    if (/line-through/.test(decoration)) tags.push('s');
    wrapChildren(element, tags);
  }
}
