import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useState } from 'react';
import type { Entry } from '../../../src-main/contract';
import { focusEditorSoon } from '../../editor/focus';
import { useToast } from '../../ui/toast';
import { navigate } from '../../ui/use-route';
import { MarkAchievementDialog } from './MarkAchievementDialog';

const IS_MAC = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** Ctrl+Shift+A (⌘⇧A on a Mac). */
export function isMarkShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): boolean {
  const mod = IS_MAC ? event.metaKey : event.ctrlKey;
  return mod && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'a';
}

/**
 * *Mark as achievement*, in the editor's toolbar and on Ctrl/Cmd+Shift+A: the selected passage (or
 * the whole entry, with nothing selected) becomes an achievement. Focus goes back to the text after.
 */
export function MarkAchievement({
  editor,
  entry,
}: {
  editor: Editor;
  entry: Pick<Entry, 'id' | 'entryDate'>;
}) {
  const toast = useToast();
  const [passage, setPassage] = useState<string | null>(null);

  const open = useCallback(() => {
    const { from, to, empty } = editor.state.selection;
    setPassage(empty ? '' : editor.state.doc.textBetween(from, to, '\n', ' ').trim());
  }, [editor]);

  useEffect(() => {
    const dom = editor.view.dom;
    const onKey = (event: KeyboardEvent) => {
      if (!isMarkShortcut(event)) return;
      event.preventDefault();
      open();
    };
    dom.addEventListener('keydown', onKey);
    return () => dom.removeEventListener('keydown', onKey);
  }, [editor, open]);

  const close = () => {
    setPassage(null);
    focusEditorSoon(editor);
  };

  return (
    <>
      <button
        type="button"
        className="tool tool-text"
        title={`Mark as achievement (${IS_MAC ? '⌘⇧A' : 'Ctrl+Shift+A'})`}
        aria-keyshortcuts={IS_MAC ? 'Meta+Shift+A' : 'Control+Shift+A'}
        // Keeps the selection: a press on the button would otherwise take it from the text.
        onMouseDown={(event) => event.preventDefault()}
        onClick={open}
      >
        Mark as achievement
      </button>
      {passage !== null && (
        <MarkAchievementDialog
          entry={entry}
          passage={passage}
          onClose={close}
          onSaved={() => {
            close();
            toast({
              message: 'Saved as an achievement.',
              action: { label: 'Open Achievements', run: () => navigate('achievements') },
            });
          }}
        />
      )}
    </>
  );
}
