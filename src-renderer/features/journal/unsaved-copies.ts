import { useEffect, useMemo } from 'react';
import type { JournalStatus, RichTextNode } from '../../../src-main/contract';
import { useJournalStatus } from '../../api/journal-status';

/**
 * A copy of an entry's text kept in the page's own storage while its save is pending or failing,
 * so text typed while the journal could not be reached is offered back the next time it opens.
 * One item per entry, keyed by the journal's file, so two journals never mix.
 */
export interface UnsavedCopy {
  body: RichTextNode;
  /** When the copy was kept (ISO time). */
  keptAt: string;
}

export interface UnsavedCopies {
  keep(entryId: string, body: RichTextNode): void;
  forget(entryId: string): void;
  find(entryId: string): UnsavedCopy | null;
}

const PREFIX = 'waymark.unsaved:';
const keyOf = (journal: string, entryId: string) => `${PREFIX}${journal}#${entryId}`;

function readCopy(raw: string | null): UnsavedCopy | null {
  if (!raw) return null;
  try {
    const copy = JSON.parse(raw) as Partial<UnsavedCopy>;
    const body = copy.body as { type?: unknown } | undefined;
    if (body?.type !== 'doc' || typeof copy.keptAt !== 'string') return null;
    return { body: copy.body as RichTextNode, keptAt: copy.keptAt };
  } catch {
    return null;
  }
}

/**
 * The copies of one journal, or null when none may be kept: an encrypted journal's text is never
 * written to disk unencrypted, and the page's storage is on disk (a browser's profile, the
 * desktop app's too). Such a journal relies on the prompt before closing alone.
 */
export function unsavedCopies(
  journal: Pick<JournalStatus, 'databaseFile' | 'encrypted'> | undefined,
  storage: Storage,
  now: () => Date = () => new Date(),
): UnsavedCopies | null {
  if (!journal || journal.encrypted) return null;
  const file = journal.databaseFile;
  return {
    keep(entryId, body) {
      try {
        storage.setItem(
          keyOf(file, entryId),
          JSON.stringify({ body, keptAt: now().toISOString() }),
        );
      } catch {
        // Storage full or refused: the text is still in the editor and the prompt still asks.
      }
    },
    forget(entryId) {
      storage.removeItem(keyOf(file, entryId));
    },
    find(entryId) {
      return readCopy(storage.getItem(keyOf(file, entryId)));
    },
  };
}

/** Removes every copy kept for a journal (it has just been encrypted, or is found encrypted). */
export function forgetAllCopies(journal: string, storage: Storage): void {
  const prefix = `${PREFIX}${journal}#`;
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}

/** The open journal's copies (null while its status is unknown, or when it is encrypted). */
export function useUnsavedCopies(): UnsavedCopies | null {
  const status = useJournalStatus().data;
  const file = status?.databaseFile;
  const encrypted = status?.encrypted;
  return useMemo(
    () =>
      file === undefined || encrypted === undefined
        ? null
        : unsavedCopies({ databaseFile: file, encrypted }, localStorage),
    [file, encrypted],
  );
}

/** Once a journal is known to be encrypted, no copy of its text stays in the page's storage. */
export function useForgetCopiesWhenEncrypted(status: JournalStatus | undefined): void {
  const file = status?.databaseFile;
  const encrypted = status?.encrypted === true;
  useEffect(() => {
    if (encrypted && file !== undefined) forgetAllCopies(file, localStorage);
  }, [encrypted, file]);
}
