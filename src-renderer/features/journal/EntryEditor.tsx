import { useQueryClient } from '@tanstack/react-query';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import type { Entry } from '../../../src-main/contract';
import { call, isDesktop } from '../../api/client';
import { Autosaver, type SaveState } from '../../editor/autosave';
import { ENTRY_EXTENSIONS } from '../../editor/extensions';
import { Toolbar } from '../../editor/Toolbar';
import { SaveStatus } from '../../ui/SaveStatus';
import { ImportedFrom } from '../import/ImportedFrom';
import { rememberSaved } from './queries';

interface Props {
  entry: Entry;
  /** Lets the screen flush pending text before it switches entry. */
  registerAutosaver: (autosaver: Autosaver | null) => void;
  onDelete: (entry: Entry) => void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'Unknown problem.';
}

export function EntryEditor({ entry, registerAutosaver, onDelete }: Props) {
  const queryClient = useQueryClient();
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const editor = useEditor(
    {
      extensions: ENTRY_EXTENSIONS,
      content: entry.body,
      shouldRerenderOnTransaction: false,
      immediatelyRender: true,
      editorProps: {
        attributes: {
          'aria-label': 'Entry',
          role: 'textbox',
          'aria-multiline': 'true',
          class: 'prose entry-body',
          spellcheck: 'true',
        },
      },
    },
    [entry.id],
  );

  useEffect(() => {
    if (!editor) return;
    const body = () => editor.getJSON() as Entry['body'];
    const autosaver = new Autosaver({
      save: async () => {
        const saved = await call('journal:update', { id: entry.id, body: body() });
        rememberSaved(queryClient, saved);
      },
      onState: (state, error) => {
        setSaveState(state);
        setSaveError(state === 'failed' ? messageOf(error) : null);
      },
    });
    const onUpdate = () => autosaver.change();
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!autosaver.dirty) return;
      if (isDesktop()) {
        // Keep the window open until the text is on disk, then close it ourselves.
        event.preventDefault();
        event.returnValue = '';
        void autosaver.flush().then((ok) => ok && window.close());
        return;
      }
      void call('journal:update', { id: entry.id, body: body() }, { keepalive: true });
    };
    editor.on('update', onUpdate);
    window.addEventListener('beforeunload', beforeUnload);
    registerAutosaver(autosaver);
    return () => {
      editor.off('update', onUpdate);
      window.removeEventListener('beforeunload', beforeUnload);
      registerAutosaver(null);
      void autosaver.flush().finally(() => autosaver.dispose());
    };
  }, [editor, entry.id, queryClient, registerAutosaver]);

  const changeDate = async (value: string) => {
    if (value === '') return setDateError('An entry needs a date.');
    try {
      const saved = await call('journal:update', { id: entry.id, entryDate: value });
      rememberSaved(queryClient, saved);
      setDateError(null);
    } catch (error) {
      setDateError(messageOf(error));
    }
  };

  return (
    <article className="entry-editor" aria-label="Journal entry">
      <header className="entry-header">
        <label className="entry-date">
          <span className="visually-hidden">Entry date</span>
          <input
            type="date"
            defaultValue={entry.entryDate}
            required
            onChange={(event) => void changeDate(event.target.value)}
            aria-invalid={dateError ? true : undefined}
            aria-describedby={dateError ? 'entry-date-error' : undefined}
          />
        </label>
        {dateError && (
          <span id="entry-date-error" className="field-error" role="alert">
            {dateError}
          </span>
        )}
        <SaveStatus state={saveState} error={saveError} />
        <button type="button" className="button-quiet" onClick={() => onDelete(entry)}>
          Delete entry
        </button>
      </header>
      <ImportedFrom entryId={entry.id} />
      {editor && <Toolbar editor={editor} />}
      <EditorContent editor={editor} className="entry-content" />
    </article>
  );
}
