import { mergeAttributes, Node } from '@tiptap/core';
import { ATTACHMENT_NODE, storedAttributes } from '../attachment-node';
import { attachmentUrl, refOfUrl } from '../attachment-url';
import { PictureView } from './picture-view';
import { pictureWidth } from './widths';

declare module '@tiptap/core' {
  interface EditorEvents {
    /** A picture's description (alt text) and caption are to be written or changed. */
    pictureDescribe: { pos: number; src: string; alt: string; caption: string; isNew: boolean };
    /** A picture is to be shown full size. */
    pictureOpen: { src: string; alt: string };
  }
}

/**
 * A picture kept in the journal: `{type: 'image', attrs: {src: 'attachment:<sha256>', alt,
 * caption, width}}`. The stored text holds the reference only; the address it is loaded from is
 * worked out when it is shown. Its description and caption are part of the entry's plain text.
 */
export const Picture = Node.create({
  name: 'image',
  ...ATTACHMENT_NODE,

  addAttributes() {
    return storedAttributes({
      src: null,
      alt: '',
      caption: '',
      width: 'medium',
    });
  },

  parseHTML() {
    return [
      {
        tag: 'figure[data-type="picture"]',
        getAttrs: (element) => {
          const img = element.querySelector('img');
          const src = refOfUrl(img?.getAttribute('src') ?? null);
          if (!src) return false;
          return {
            src,
            alt: img?.getAttribute('alt') ?? '',
            caption: element.querySelector('figcaption')?.textContent ?? '',
            width: pictureWidth(element.getAttribute('data-width')),
          };
        },
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const url = attachmentUrl(node.attrs.src);
    const width = pictureWidth(node.attrs.width);
    const caption = String(node.attrs.caption ?? '');
    return [
      'figure',
      mergeAttributes(HTMLAttributes, {
        'data-type': 'picture',
        'data-width': width,
        class: `picture picture-${width}`,
      }),
      ['img', { src: url ?? '', alt: String(node.attrs.alt ?? '') }],
      ...(caption ? [['figcaption', {}, caption] as const] : []),
    ];
  },

  addNodeView() {
    return ({ node, getPos, editor }) => new PictureView(node, getPos, editor);
  },
});
