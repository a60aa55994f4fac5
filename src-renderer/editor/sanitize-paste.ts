import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { isAllowedLink } from '../../src-main/shared/links';
import { isOwnAttachmentUrl } from './extensions/attachment-url';
import { convertStyledEmphasis, convertWordLists } from './office-html';

/**
 * What pasted HTML may keep: the structure our editor has nodes and marks for, and nothing that
 * can run, load or style anything. Everything else is removed; the text inside removed elements is
 * kept (except in script, style, head, iframes and the like, whose text is not content).
 */
const CARD_ATTRS = ['data-width', 'data-src', 'data-name', 'data-mime', 'data-size', 'data-kind'];

const PASTE_CONFIG: Config = {
  ALLOWED_TAGS: [
    'p',
    'br',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'strike',
    'del',
    'mark',
    'code',
    'pre',
    'a',
    'ul',
    'ol',
    'li',
    'blockquote',
    'hr',
    'span',
    'div',
    // A picture copied within Waymark (its src is checked to be our own, below).
    'figure',
    'img',
    'figcaption',
  ],
  // data-type/data-checked carry task lists and prompt blocks, data-pm-slice the shape of a copy
  // made inside Waymark itself.
  // src/alt/data-width/data-src/... carry a picture or file card copied within Waymark.
  ALLOWED_ATTR: [
    'href',
    'start',
    'data-type',
    'data-checked',
    'data-prompt-id',
    'data-pm-slice',
    'src',
    'alt',
    ...CARD_ATTRS,
  ],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // DOMPurify checks every attribute against this pattern unless it is listed as URI-safe below:
  // so only href is held to it.
  ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
  ADD_URI_SAFE_ATTR: [
    'start',
    'data-type',
    'data-checked',
    'data-prompt-id',
    'data-pm-slice',
    'alt',
    ...CARD_ATTRS,
  ],
  ADD_FORBID_CONTENTS: ['xml', 'title', 'head', 'select', 'option', 'button', 'textarea'],
  KEEP_CONTENT: true,
  RETURN_TRUSTED_TYPE: false,
};

/** The values the allowed non-link attributes may take; anything else is dropped. */
const ATTRIBUTE_VALUES: Record<string, RegExp> = {
  start: /^\d{1,7}$/,
  'data-type': /^(prompt|taskList|taskItem|picture|file-card)$/,
  'data-width': /^(small|medium|full)$/,
  'data-name': /^[^<>\n]{1,255}$/,
  'data-mime': /^[\w.+-]{1,80}\/[\w.+-]{1,80}$/,
  'data-size': /^\d{1,15}$/,
  'data-kind': /^(file|program)$/,
  'data-checked': /^(true|false)$/,
  'data-prompt-id': /^[a-z0-9-]{1,64}$/,
  'data-pm-slice': /^\d{1,4} \d{1,4}( -\d{1,4})? \[[^<>]*\]$/,
};

let purifier: Purifier | null = null;

/** One DOMPurify instance of our own, so its hooks never affect anyone else's. */
function getPurifier(): Purifier {
  if (purifier) return purifier;
  const instance = DOMPurify(window);
  instance.addHook('uponSanitizeAttribute', (_node, data) => {
    // Our own picture's or file's address only: never another site's, never data: or a path.
    if (data.attrName === 'src' || data.attrName === 'data-src') {
      data.keepAttr = isOwnAttachmentUrl(data.attrValue);
      data.forceKeepAttr = data.keepAttr || undefined;
      return;
    }
    const pattern = ATTRIBUTE_VALUES[data.attrName];
    if (pattern && !pattern.test(data.attrValue)) data.keepAttr = false;
  });
  // The URI pattern sees the raw value; the URL parser catches what a browser would still run.
  instance.addHook('afterSanitizeAttributes', (node) => {
    const href = node.getAttribute?.('href');
    if (href != null && !isAllowedLink(href)) node.removeAttribute('href');
  });
  purifier = instance;
  return instance;
}

/**
 * The editor's paste path (transformPastedHTML): rewrites Word's lists and Google Docs' styled
 * emphasis as plain elements, then keeps only the allow-listed tags and attributes. The editor's
 * schema then parses what is left, and the link mark checks every href once more.
 */
export function sanitizePastedHtml(html: string): string {
  // DOMParser documents are inert: no script runs and nothing loads while they are rewritten.
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  convertWordLists(parsed.body);
  convertStyledEmphasis(parsed.body);
  // A picture from anywhere but this journal is dropped whole.
  for (const img of Array.from(parsed.body.querySelectorAll('img'))) {
    if (!isOwnAttachmentUrl(img.getAttribute('src'))) {
      img.remove();
    }
  }
  return getPurifier().sanitize(parsed.body.innerHTML, PASTE_CONFIG) as string;
}
