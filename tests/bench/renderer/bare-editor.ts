/**
 * The typing benchmark's baseline: tiptap with StarterKit only, no React, no toolbar, no autosave.
 * Built by tests/bench/vite.config.ts into one script the benchmark adds to a blank page.
 */
import { Editor, type JSONContent } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

function mountBareEditor(element: Element, content: JSONContent): Editor {
  return new Editor({
    element,
    extensions: [StarterKit],
    content,
    editorProps: { attributes: { class: 'prose entry-body' } },
  });
}

(window as unknown as { mountBareEditor: typeof mountBareEditor }).mountBareEditor =
  mountBareEditor;
