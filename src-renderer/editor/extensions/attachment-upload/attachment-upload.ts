import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { insertFiles, uploadPlugin } from './upload-plugin';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    attachmentUpload: {
      /** Adds pictures or files where the cursor is (the toolbar's file chooser). */
      insertAttachments: (files: readonly File[]) => ReturnType;
    };
  }
}

/** Whether a paste carries files and no text of its own (a screenshot, a copied picture). */
function pastedFiles(data: DataTransfer | null): File[] {
  if (!data || data.files.length === 0) return [];
  if (data.getData('text/plain').trim() !== '') return [];
  return [...data.files];
}

/** Pictures and files added by pasting, dropping, or choosing them (insertAttachments). */
export const AttachmentUpload = Extension.create({
  name: 'attachmentUpload',

  addCommands() {
    return {
      insertAttachments:
        (files) =>
        ({ editor, state }) => {
          if (files.length === 0) return false;
          // After what is selected (a picture just added is selected whole): never above it.
          insertFiles(editor, editor.view, files, state.selection.to);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      uploadPlugin(),
      new Plugin({
        key: new PluginKey('attachmentInput'),
        props: {
          handlePaste: (view, event) => {
            const files = pastedFiles(event.clipboardData);
            if (files.length === 0) return false;
            insertFiles(editor, view, files, view.state.selection.from);
            return true;
          },
          handleDrop: (view, event) => {
            const files = [...(event.dataTransfer?.files ?? [])];
            if (files.length === 0) return false;
            const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
            insertFiles(editor, view, files, at?.pos ?? view.state.selection.from);
            event.preventDefault();
            return true;
          },
        },
      }),
    ];
  },
});
