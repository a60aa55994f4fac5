import { write } from '../../api/effects';
import { channelQuery } from '../../api/queries';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { ExportPrefs } from '../../../src-main/contract';
import { useAutosave } from '../../editor/use-autosave';

export const exportPrefsKey = ['export', 'prefs'] as const;

/**
 * The Export screen's choices and the person's edited texts: shown at once, kept in the journal a
 * moment after each change (and before a PDF is made), so they are there next time.
 */
export function useExportPrefs() {
  const queryClient = useQueryClient();
  const query = useQuery({
    ...channelQuery('export:prefs', {}, exportPrefsKey),
    staleTime: Infinity,
  });
  const autosave = useAutosave<ExportPrefs>({
    key: 'export-prefs',
    delayMs: 600,
    save: async (prefs, { keepalive }) => {
      const saved = await write(queryClient, 'export:savePrefs', prefs, { keepalive });
      queryClient.setQueryData(exportPrefsKey, saved);
    },
  });
  const { change, flush } = autosave;
  // Choices left on a save that had not gone through when the screen closed are the newest.
  const [draft, setDraft] = useState<ExportPrefs | null>(() => autosave.handed ?? null);
  const latest = useRef<ExportPrefs | null>(draft);

  const prefs = draft ?? query.data ?? null;

  const update = useCallback(
    (patch: Partial<ExportPrefs>) => {
      const base = latest.current ?? query.data;
      if (!base) return;
      const next = { ...base, ...patch };
      latest.current = next;
      setDraft(next);
      change(next);
    },
    [query.data, change],
  );

  return {
    prefs,
    error: query.error,
    update,
    /** Everything kept; true once saved. Called before a PDF is made. */
    flush,
    saveState: autosave.state,
    saveError: autosave.failure,
  };
}
