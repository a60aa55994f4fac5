import { ListColumn } from '../../ui/ListColumn';
import { applyEffects, write } from '../../api/effects';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Entry } from '../../../src-main/contract';
import { call } from '../../api/client';
import { ImportDialog } from '../import/ImportDialog';
import { useToast } from '../../ui/toast';
import { navigate } from '../../ui/use-route';
import { TagFilter } from '../tags/TagFilter';
import { EntryEditor } from './EntryEditor';
import { findBlankEntry } from './blank-entry';
import { requestFocus } from './focus-request';
import { EntryList } from './EntryList';
import { journalKeys, useAllEntries, useEntry, useFirstEntries } from './queries';
import { FormError } from '../../ui/FormError';
import { useFlushRegistration } from '../../ui/use-flush';

function focusOpenEditor(): void {
  document.querySelector<HTMLElement>('.entry-body[contenteditable="true"]')?.focus();
}

interface Props {
  entryId: string | null;
  /** The Import… dialog is open (route `#/import`). */
  importOpen?: boolean;
}

export function JournalScreen({ entryId, importOpen = false }: Props) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [tagFilter, setTagFilter] = useState<string | null>(null);
  const firstPage = useFirstEntries();
  const { registerFlush, flush: flushEditor } = useFlushRegistration();

  const selectedId = entryId === 'new' ? null : (entryId ?? firstPage.data?.[0]?.id ?? null);
  const entry = useEntry(selectedId);
  // Asked for after the open entry, so the server answers the editor first.
  const all = useAllEntries(firstPage.isSuccess && !entry.isLoading);
  const tagged = useAllEntries(tagFilter !== null, tagFilter);
  const list = tagFilter !== null ? tagged : all.data || all.isError ? all : firstPage;

  /** Nothing is left unsaved behind: switching waits for the current text to be written. */
  const openEntry = useCallback(
    async (id: string) => {
      const saved = await flushEditor();
      if (!saved) {
        toast({
          message: 'This entry is not saved yet, so it stays open. Waymark keeps retrying.',
          tone: 'error',
        });
        return;
      }
      navigate('journal', id);
    },
    [toast, flushEditor],
  );

  const entries = list.data;
  const newEntry = useCallback(async () => {
    if (!(await flushEditor())) return;
    try {
      const blank = await findBlankEntry(entries ?? []);
      if (blank) {
        requestFocus(blank);
        navigate('journal', blank, { replace: window.location.hash === '#/journal/new' });
        // Already open: its text takes focus at once.
        if (blank === selectedId) focusOpenEditor();
        return;
      }
      const created = await call('journal:create', {});
      // Before the lists learn of it: the editor may mount as soon as the list refetches.
      requestFocus(created.id);
      queryClient.setQueryData(journalKeys.entry(created.id), created);
      await applyEffects(queryClient, 'journal:create', {}, created);
      navigate('journal', created.id, { replace: window.location.hash === '#/journal/new' });
    } catch (error) {
      toast({
        message: error instanceof Error ? error.message : 'Could not create an entry.',
        tone: 'error',
      });
    }
  }, [queryClient, toast, entries, selectedId, flushEditor]);

  const deleteEntry = useCallback(
    async (target: Entry) => {
      await flushEditor();
      try {
        await write(queryClient, 'journal:trash', { id: target.id });
        queryClient.removeQueries({ queryKey: journalKeys.entry(target.id) });
        navigate('journal');
        toast({
          message: `“${target.title || 'Untitled'}” moved to the trash.`,
          action: {
            label: 'Undo',
            run: async () => {
              await write(queryClient, 'journal:restore', { id: target.id });
              navigate('journal', target.id);
            },
          },
        });
      } catch (error) {
        toast({
          message: error instanceof Error ? error.message : 'Could not delete the entry.',
          tone: 'error',
        });
      }
    },
    [queryClient, toast, flushEditor],
  );

  // `#/journal/new` (the New entry command from anywhere) creates an entry once, then opens it.
  const creating = useRef(false);
  useEffect(() => {
    if (entryId !== 'new' || creating.current) return;
    creating.current = true;
    void newEntry().finally(() => {
      creating.current = false;
    });
  }, [entryId, newEntry]);

  return (
    <div className="journal">
      <ListColumn
        className="journal-list"
        id="journal-entries"
        label="Entries"
        heading="Journal"
        toggleLabel="All entries"
        itemOpen={entryId !== null}
        actions={
          <>
            <button type="button" onClick={() => navigate('import')}>
              Import…
            </button>
            <button type="button" className="button-primary" onClick={() => void newEntry()}>
              New entry
            </button>
          </>
        }
      >
        <TagFilter value={tagFilter} onChange={setTagFilter} />
        {list.isError ? (
          <FormError message={list.error.message} />
        ) : (
          <EntryList
            entries={list.data ?? []}
            selectedId={selectedId}
            onOpen={(id) => void openEntry(id)}
            emptyMessage={tagFilter === null ? undefined : `No entries are tagged ${tagFilter}.`}
          />
        )}
      </ListColumn>
      <section className="journal-editor" aria-label="Editor">
        {entry.data ? (
          <EntryEditor
            key={entry.data.id}
            entry={entry.data}
            registerFlush={registerFlush}
            onDelete={(e) => void deleteEntry(e)}
          />
        ) : entry.isError ? (
          <FormError message={entry.error.message} />
        ) : list.data?.length === 0 ? (
          <div className="empty-state">
            <h2>Start with a reflection</h2>
            <p>
              Write down where you are, what you want next, and what stands in the way. Waymark
              saves as you type.
            </p>
            <p>
              Already keep a journal in Obsidian, Joplin, Day One or plain Markdown files?{' '}
              <button type="button" className="button-link" onClick={() => navigate('import')}>
                Import your notes
              </button>
            </p>
          </div>
        ) : null}
      </section>
      {importOpen && <ImportDialog onClose={() => navigate('journal')} />}
    </div>
  );
}
