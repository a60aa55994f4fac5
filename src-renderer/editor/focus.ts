import type { Editor, FocusPosition } from '@tiptap/core';

/**
 * Puts the cursor into the editor after a change made from outside the text (a dialog, a
 * restored version). Runs on the next frames, once a closing dialog has handed focus back.
 * Chromium can keep typing at a stale caret after blocks change around the cursor in a freshly
 * opened editor; clearing the page's selection first makes ProseMirror set it afresh.
 */
export function focusEditorSoon(editor: Editor, position: FocusPosition = null): void {
  requestAnimationFrame(() => {
    if (editor.isDestroyed) return;
    editor.commands.focus(position);
    requestAnimationFrame(() => {
      if (editor.isDestroyed) return;
      window.getSelection()?.removeAllRanges();
      editor.view.focus();
    });
  });
}
