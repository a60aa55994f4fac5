import type { QueryClient } from '@tanstack/react-query';
import type { JournalStatus } from '../../../src-main/contract';
import { call } from '../../api/client';
import { flushAllAutosavers } from '../../editor/autosave';
import { forgetJournalData } from '../../api/effects';
import { journalStatusKey } from '../../api/journal-status';

export type LockOutcome = { locked: true } | { locked: false; reason: string };

/**
 * Drops every piece of journal data the window holds. The status is set first, so the app swaps
 * to the lock screen (unmounting every editor and list); then the cached answers go too.
 */
export async function clearDecryptedViews(
  queryClient: QueryClient,
  status: JournalStatus,
): Promise<void> {
  queryClient.setQueryData(journalStatusKey, status);
  // Let React take the screens down before their data goes, so nothing refetches it meanwhile.
  await new Promise((resolve) => setTimeout(resolve, 0));
  forgetJournalData(queryClient);
  queryClient.getMutationCache().clear();
}

/**
 * Locks the journal: saves whatever is still unsaved first (a save that fails keeps its text and
 * stops the lock, so nothing is lost), then closes the journal and clears the window.
 */
export async function lockJournal(queryClient: QueryClient): Promise<LockOutcome> {
  if (!(await flushAllAutosavers())) {
    return {
      locked: false,
      reason:
        'Your journal was not locked, because a change could not be saved yet. Waymark keeps trying; lock again once it is saved.',
    };
  }
  const status = await call('lock:lock', {});
  await clearDecryptedViews(queryClient, status);
  return { locked: true };
}
