import { write } from '../../api/effects';
import { useQueryClient } from '@tanstack/react-query';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import type { Entry, EntryVersion, RichTextNode } from '../../../src-main/contract';
import { ENTRY_EXTENSIONS, ENTRY_PLACEHOLDER } from '../../editor/extensions';
import { focusEditorSoon } from '../../editor/focus';
import { safeDoc } from '../../editor/safe-doc';
import { Toolbar } from '../../editor/Toolbar';
import { useAutosave } from '../../editor/use-autosave';
import { dayAndTime } from '../../ui/format';
import { SaveStatus } from '../../ui/SaveStatus';
import { useToast } from '../../ui/toast';
import { MarkAchievement } from '../achievements/MarkAchievement';
import { AttachmentDialogs } from '../attachments/AttachmentDialogs';
import { InsertAttachment } from '../attachments/InsertAttachment';
import { HistoryDialog } from '../history/HistoryDialog';
import { EntryLinks } from '../links/EntryLinks';
import { InsertPrompt } from '../prompts/InsertPrompt';
import { EntryTags } from '../tags/EntryTags';
import { takeFocusRequest } from './focus-request';
import { ImportedFrom } from '../import/ImportedFrom';
import { useUnsavedCopies, type UnsavedCopy } from './unsaved-copies';
import { UnsavedCopyNotice } from './UnsavedCopyNotice';

interface Props {
  entry: Entry;
  /** Lets the screen save pending text before it switches entry (true once all is saved). */
  registerFlush: (flush: (() => Promise<boolean>) | null) => void;
  onDelete: (entry: Entry) => void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'Unknown problem.';
}

export function EntryEditor({ entry, registerFlush, onDelete }: Props) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [historyOpen, setHistoryOpen] = useState(false);
  const [dateError, setDateError] = useState<string | null>(null);
  const copies = useUnsavedCopies();
  // The revision of the text the editor holds, sent with each save: when a sync merged another
  // computer's words while the person was typing here, the editor keeps its text and the save is
  // merged as typed on this revision, so the words the editor never showed are kept.
  const typedOn = useRef(entry.revision);
  const autosave = useAutosave<RichTextNode>({
    key: `entry:${entry.id}`,
    // Read only when saving (and once more as the editor closes): typing stays fast.
    read: (): RichTextNode | undefined => editor?.getJSON() as RichTextNode | undefined,
    save: async (text, { keepalive }) => {
      // Kept until this save succeeds, so a closed tab or a lost server leaves a copy behind.
      copies?.keep(entry.id, text);
      const saved = await write(
        queryClient,
        'journal:update',
        { id: entry.id, body: text, baseRevision: typedOn.current },
        { keepalive },
      );
      typedOn.current = saved.revision;
    },
    onSaved: () => copies?.forget(entry.id),
  });
  const { change, flush } = autosave;
  // Stored JSON is shown only through the schema: unknown nodes, unsafe links and odd attributes
  // are gone before the editor sees them. Once per entry (the editor is keyed by its id). Text
  // left on a save that had not gone through when the entry closed is newer than the stored text.
  const [initialContent] = useState(() => safeDoc(ENTRY_EXTENSIONS, autosave.handed ?? entry.body));
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
          // The grey hint is drawn by CSS; this says it to a screen reader.
          'aria-placeholder': ENTRY_PLACEHOLDER,
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
    const onUpdate = () => change();
    editor.on('update', onUpdate);
    return () => {
      editor.off('update', onUpdate);
    };
  }, [editor, change]);

  // The stored text changed under the editor (a sync merged another computer's words, or the
  // entry opened from an older cached copy): shown when nothing was typed here since the editor
  // last matched the stored text. Text typed here is never replaced; its save is merged by sync.
  const storedBody = useRef(entry.body);
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const previous = storedBody.current;
    storedBody.current = entry.body;
    if (JSON.stringify(previous) === JSON.stringify(entry.body)) return;
    if (autosave.state !== 'saved') return;
    const stored = editor.schema.nodeFromJSON(safeDoc(ENTRY_EXTENSIONS, previous));
    if (!stored.eq(editor.state.doc)) return;
    editor.commands.setContent(safeDoc(ENTRY_EXTENSIONS, entry.body), { emitUpdate: false });
    typedOn.current = entry.revision;
  }, [editor, entry.body, entry.revision, autosave.state]);

  useEffect(() => {
    registerFlush(flush);
    return () => registerFlush(null);
  }, [registerFlush, flush]);

  // Through the editor, not the DOM: ProseMirror then knows where the cursor is. Runs after the
  // editor's element is in the page (EditorContent mounts before this effect).

  /** History shows what is saved, so pending text is written first. */
  const openHistory = async () => {
    await flush();
    setHistoryOpen(true);
  };

  const restoreVersion = async (version: EntryVersion) => {
    if (!editor) return;
    if (!(await flush())) {
      throw new Error('The current text is not saved yet, so nothing was restored. Try again.');
    }
    const restored = await write(queryClient, 'history:restore', {
      entryId: entry.id,
      versionId: version.id,
    });
    // Not an edit of the person's: no autosave. Undo (Ctrl+Z) still steps back to the text before.
    editor.commands.setContent(safeDoc(ENTRY_EXTENSIONS, restored.body), { emitUpdate: false });
    typedOn.current = restored.revision;
    setHistoryOpen(false);
    focusEditorSoon(editor, 'end');
    toast({
      message: `Restored the version from ${dayAndTime(version.createdAt)}. The text it replaced is in History.`,
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
      await write(queryClient, 'journal:update', { id: entry.id, entryDate: value });
      setDateError(null);
    } catch (error) {
      setDateError(messageOf(error));
    }
  };

  return (
    <article className="entry-editor" aria-label="Journal entry">
      <header className="entry-header">
        <label className="entry-date">
          {/* Not "Entry date": the text itself is the textbox named "Entry". */}
          <span className="visually-hidden">Date written</span>
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
        <SaveStatus state={autosave.state} error={autosave.failure} />
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
          <MarkAchievement editor={editor} entry={entry} />
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
