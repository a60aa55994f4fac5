import { useQueryClient } from '@tanstack/react-query';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import type { Entry, EntryVersion } from '../../../src-main/contract';
import { call } from '../../api/client';
import { Autosaver, type SaveState } from '../../editor/autosave';
import { ENTRY_EXTENSIONS } from '../../editor/extensions';
import { focusEditorSoon } from '../../editor/focus';
import { safeDoc } from '../../editor/safe-doc';
import { Toolbar } from '../../editor/Toolbar';
import { SaveStatus } from '../../ui/SaveStatus';
import { useToast } from '../../ui/toast';
import { AttachmentDialogs } from '../attachments/AttachmentDialogs';
import { InsertAttachment } from '../attachments/InsertAttachment';
import { HistoryDialog, versionTime } from '../history/HistoryDialog';
import { EntryLinks } from '../links/EntryLinks';
import { InsertPrompt } from '../prompts/InsertPrompt';
import { EntryTags } from '../tags/EntryTags';
import { takeFocusRequest } from './focus-request';
import { ImportedFrom } from '../import/ImportedFrom';
import { rememberSaved } from './queries';
import { useUnsavedCopies, type UnsavedCopy } from './unsaved-copies';
import { UnsavedCopyNotice } from './UnsavedCopyNotice';

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
  const toast = useToast();
  const autosaverRef = useRef<Autosaver | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  // Stored JSON is shown only through the schema: unknown nodes, unsafe links and odd attributes
  // are gone before the editor sees them. Once per entry (the editor is keyed by its id).
  const [initialContent] = useState(() => safeDoc(ENTRY_EXTENSIONS, entry.body));
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const copies = useUnsavedCopies();
  // Text kept when a save could not finish last time; the same text as saved is not worth asking.
  const [unsavedCopy, setUnsavedCopy] = useState<UnsavedCopy | null>(() => {
    const copy = copies?.find(entry.id) ?? null;
    if (!copy) return null;
    const same =
      JSON.stringify(safeDoc(ENTRY_EXTENSIONS, copy.body)) === JSON.stringify(initialContent);
    return same ? null : copy;
  });
  const editor = useEditor(
    {
      extensions: ENTRY_EXTENSIONS,
      content: initialContent,
      shouldRerenderOnTransaction: false,
      // Created in an effect: with true, a slow first commit (>1 ms) makes tiptap destroy and rebuild it.
      immediatelyRender: false,
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
    // After EditorContent has put the editor into the page (child effects run first).
    if (!editor || !takeFocusRequest(entry.id)) return;
    let frames = 0;
    let handle = 0;
    const focusWhenAttached = () => {
      if (editor.isDestroyed) return;
      if (!editor.view.dom.isConnected && frames++ < 30) {
        handle = requestAnimationFrame(focusWhenAttached);
        return;
      }
      editor.view.dom.focus();
      editor.commands.focus('end', { scrollIntoView: false });
    };
    focusWhenAttached();
    return () => cancelAnimationFrame(handle);
  }, [editor, entry.id]);

  useEffect(() => {
    if (!editor) return;
    const body = () => editor.getJSON() as Entry['body'];
    const autosaver = new Autosaver({
      save: async () => {
        const text = body();
        // Kept until this save succeeds, so a closed tab or a lost server leaves a copy behind.
        copies?.keep(entry.id, text);
        const saved = await call('journal:update', { id: entry.id, body: text });
        rememberSaved(queryClient, saved);
      },
      onPageClose: () => {
        const text = body();
        copies?.keep(entry.id, text);
        return call('journal:update', { id: entry.id, body: text }, { keepalive: true });
      },
      onState: (state, error) => {
        if (state === 'saved') copies?.forget(entry.id);
        setSaveState(state);
        setSaveError(state === 'failed' ? messageOf(error) : null);
      },
    });
    const onUpdate = () => autosaver.change();
    editor.on('update', onUpdate);
    registerAutosaver(autosaver);
    autosaverRef.current = autosaver;
    return () => {
      editor.off('update', onUpdate);
      registerAutosaver(null);
      autosaverRef.current = null;
      void autosaver.flush().finally(() => autosaver.dispose());
    };
  }, [editor, entry.id, queryClient, registerAutosaver, copies]);

  // Through the editor, not the DOM: ProseMirror then knows where the cursor is. Runs after the
  // editor's element is in the page (EditorContent mounts before this effect).

  /** History shows what is saved, so pending text is written first. */
  const openHistory = async () => {
    await autosaverRef.current?.flush();
    setHistoryOpen(true);
  };

  const restoreVersion = async (version: EntryVersion) => {
    if (!editor) return;
    if (!((await autosaverRef.current?.flush()) ?? true)) {
      throw new Error('The current text is not saved yet, so nothing was restored. Try again.');
    }
    const restored = await call('history:restore', { entryId: entry.id, versionId: version.id });
    rememberSaved(queryClient, restored);
    // Not an edit of the person's: no autosave. Undo (Ctrl+Z) still steps back to the text before.
    editor.commands.setContent(safeDoc(ENTRY_EXTENSIONS, restored.body), { emitUpdate: false });
    await queryClient.invalidateQueries({ queryKey: ['history', entry.id] });
    await queryClient.invalidateQueries({ queryKey: ['search'] });
    setHistoryOpen(false);
    focusEditorSoon(editor, 'end');
    toast({
      message: `Restored the version from ${versionTime(version.createdAt)}. The text it replaced is in History.`,
    });
  };

  /** The kept text replaces the editor's, as an edit of the person's: it is saved, and undoable. */
  const restoreUnsaved = () => {
    if (!editor || !unsavedCopy) return;
    editor.commands.setContent(safeDoc(ENTRY_EXTENSIONS, unsavedCopy.body), { emitUpdate: true });
    setUnsavedCopy(null);
    focusEditorSoon(editor, 'end');
  };

  const discardUnsaved = () => {
    copies?.forget(entry.id);
    setUnsavedCopy(null);
    editor?.commands.focus();
  };

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
        <div className="entry-actions">
          <button type="button" className="button-quiet" onClick={() => void openHistory()}>
            History
          </button>
          <button type="button" className="button-quiet" onClick={() => onDelete(entry)}>
            Delete entry
          </button>
        </div>
      </header>
      {unsavedCopy && (
        <UnsavedCopyNotice
          copy={unsavedCopy}
          onRestore={restoreUnsaved}
          onDiscard={discardUnsaved}
        />
      )}
      <EntryTags entryId={entry.id} />
      <EntryLinks entryId={entry.id} />
      <ImportedFrom entryId={entry.id} />
      {editor && (
        <Toolbar editor={editor}>
          <InsertPrompt editor={editor} />
          <InsertAttachment editor={editor} />
        </Toolbar>
      )}
      {editor && <AttachmentDialogs editor={editor} />}
      <EditorContent editor={editor} className="entry-content" />
      <HistoryDialog
        entryId={entry.id}
        open={historyOpen}
        onClose={() => setHistoryOpen(false)}
        onRestore={restoreVersion}
      />
    </article>
  );
}
