import { mergeAttributes, Node } from '@tiptap/core';
import { ATTACHMENT_NODE, storedAttributes } from '../attachment-node';
import { refOfUrl } from '../attachment-url';
import { FileCardView } from './file-card-view';

/**
 * A file kept in the journal, shown as a card: `{type: 'attachment', attrs: {src:
 * 'attachment:<sha256>', name, mime, size, kind}}`. Its name is part of the entry's plain text.
 */
export const FileCard = Node.create({
  name: 'attachment',
  ...ATTACHMENT_NODE,

  addAttributes() {
    return storedAttributes({
      src: null,
      name: 'file',
      mime: 'application/octet-stream',
      size: 0,
      kind: 'file',
    });
  },

  parseHTML() {
    return [
      {
        tag: 'div[data-type="file-card"]',
        getAttrs: (element) => {
          const src = refOfUrl(element.getAttribute('data-src'));
          if (!src) return false;
          return {
            src,
            name: element.getAttribute('data-name') ?? 'file',
            mime: element.getAttribute('data-mime') ?? 'application/octet-stream',
            size: Number(element.getAttribute('data-size')) || 0,
            kind: element.getAttribute('data-kind') === 'program' ? 'program' : 'file',
          };
        },
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const hash = String(node.attrs.src ?? '').slice('attachment:'.length);
    return [
      'div',
      mergeAttributes(HTMLAttributes, {
        'data-type': 'file-card',
        'data-src': `/attachments/${hash}`,
        'data-name': String(node.attrs.name),
        'data-mime': String(node.attrs.mime),
        'data-size': String(node.attrs.size),
        'data-kind': String(node.attrs.kind),
        class: 'file-card',
      }),
      String(node.attrs.name),
    ];
  },

  addNodeView() {
    return ({ node, editor }) => new FileCardView(node, editor);
  },
});
