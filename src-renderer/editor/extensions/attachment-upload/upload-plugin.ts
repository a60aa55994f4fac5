import type { Editor } from '@tiptap/core';
import { Plugin, PluginKey, Selection, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import type { Attachment } from '../../../../src-main/contract';
import { rememberAddedPicture } from '../picture/preview';
import { uploadAttachment } from './upload';

declare module '@tiptap/core' {
  interface EditorEvents {
    /** A picture or file could not be added; the text is untouched. */
    attachmentRefused: { message: string };
  }
}

type Action = { add: { id: number; pos: number; label: HTMLElement } } | { remove: number };

export const uploadKey = new PluginKey<DecorationSet>('attachmentUpload');

/**
 * Placeholders for files on their way in: decorations, not nodes, so they are never saved with the
 * text, and typing goes on around them. Each keeps its place as the text changes around it.
 */
export function uploadPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: uploadKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        let next = set.map(tr.mapping, tr.doc);
        const action = tr.getMeta(uploadKey) as Action | undefined;
        if (action && 'add' in action) {
          const widget = Decoration.widget(action.add.pos, action.add.label, {
            id: action.add.id,
            side: -1,
          });
          next = next.add(tr.doc, [widget]);
        } else if (action && 'remove' in action) {
          next = next.remove(next.find(undefined, undefined, (spec) => spec.id === action.remove));
        }
        return next;
      },
    },
    props: {
      decorations: (state) => uploadKey.getState(state),
    },
  });
}

function placeholderPos(state: EditorState, id: number): number | null {
  const found = uploadKey.getState(state)?.find(undefined, undefined, (spec) => spec.id === id);
  return found?.[0]?.from ?? null;
}

function placeholderLabel(name: string): { root: HTMLElement; progress: HTMLProgressElement } {
  const root = document.createElement('span');
  root.className = 'upload-placeholder';
  root.setAttribute('role', 'status');
  root.contentEditable = 'false';
  const text = document.createElement('span');
  text.textContent = `Adding “${name}”…`;
  const progress = document.createElement('progress');
  progress.max = 1;
  progress.value = 0;
  progress.setAttribute('aria-label', `Adding ${name}`);
  root.append(text, progress);
  return { root, progress };
}

let nextId = 1;

function nodeFor(attachment: Attachment) {
  const src = `attachment:${attachment.sha256}`;
  return attachment.kind === 'picture'
    ? { type: 'image', attrs: { src, alt: '', caption: '', width: 'medium' } }
    : {
        type: 'attachment',
        attrs: {
          src,
          name: attachment.name,
          mime: attachment.mime,
          size: attachment.size,
          kind: attachment.kind,
        },
      };
}

/**
 * Adds files at `pos`: a placeholder with progress for each while it is sent, then the picture or
 * file card in its place. A picture asks for its description once it is in. A refused file leaves
 * the text as it was and says why.
 */
export function insertFiles(
  editor: Editor,
  view: EditorView,
  files: readonly File[],
  pos: number,
): void {
  for (const file of files) {
    const id = nextId++;
    const { root, progress } = placeholderLabel(file.name || 'picture');
    view.dispatch(
      view.state.tr.setMeta(uploadKey, { add: { id, pos, label: root } } satisfies Action),
    );
    uploadAttachment(file, (share) => (progress.value = share))
      .then((attachment) => {
        if (editor.isDestroyed) return;
        const at = placeholderPos(view.state, id);
        view.dispatch(view.state.tr.setMeta(uploadKey, { remove: id } satisfies Action));
        if (at === null) return;
        const node = nodeFor(attachment);
        if (node.type === 'image') rememberAddedPicture(node.attrs.src, file);
        // The person's cursor was where the file went: it moves past it, so what they add next
        // (typing, another file) comes after it, not above it.
        const { selection } = view.state;
        const cursorHere = selection.empty && selection.from === at;
        editor.chain().insertContentAt(at, node, { updateSelection: false }).run();
        // Where it landed: the node with this reference nearest `at` (into an empty paragraph, it
        // takes the paragraph's place, just before `at`).
        let landed: number | null = null;
        editor.state.doc.descendants((child, childPos) => {
          if (child.type.name !== node.type || child.attrs.src !== node.attrs.src) return true;
          if (landed === null || Math.abs(childPos - at) < Math.abs(landed - at)) landed = childPos;
          return false;
        });
        if (landed === null) return;
        if (cursorHere) {
          const { doc } = editor.state;
          const after = Math.min(doc.content.size, landed + (doc.nodeAt(landed)?.nodeSize ?? 1));
          view.dispatch(editor.state.tr.setSelection(Selection.near(doc.resolve(after), 1)));
        }
        if (node.type === 'image') {
          editor.emit('pictureDescribe', {
            pos: landed,
            src: node.attrs.src,
            alt: '',
            caption: '',
            isNew: true,
          });
        }
      })
      .catch((error: unknown) => {
        if (!editor.isDestroyed)
          view.dispatch(view.state.tr.setMeta(uploadKey, { remove: id } satisfies Action));
        editor.emit('attachmentRefused', {
          message: error instanceof Error ? error.message : 'That file could not be added.',
        });
      });
  }
}
