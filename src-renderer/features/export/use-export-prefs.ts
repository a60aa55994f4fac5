import { write } from '../../api/effects';
import { channelQuery } from '../../api/queries';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportPrefs } from '../../../src-main/contract';
import { call } from '../../api/client';
import { Autosaver, type SaveState } from '../../editor/autosave';

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
  const [draft, setDraft] = useState<ExportPrefs | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState<string | null>(null);
  const latest = useRef<ExportPrefs | null>(null);
  const saver = useRef<Autosaver | null>(null);

  // One saver while the screen is open; it reads the newest choices from `latest` when it saves,
  // and writes anything unsaved when the screen closes.
  useEffect(() => {
    const autosaver = new Autosaver({
      delayMs: 600,
      save: async () => {
        if (!latest.current) return;
        const saved = await write(queryClient, 'export:savePrefs', latest.current);
        queryClient.setQueryData(exportPrefsKey, saved);
      },
      // Closing the window within a moment of a change: send it on its way regardless.
      onPageClose: () => {
        if (latest.current) return call('export:savePrefs', latest.current, { keepalive: true });
      },
      onState: (state, error) => {
        setSaveState(state);
        setSaveError(state === 'failed' && error instanceof Error ? error.message : null);
      },
    });
    saver.current = autosaver;
    return () => {
      void autosaver.flush().finally(() => autosaver.dispose());
      saver.current = null;
    };
  }, [queryClient]);

  const prefs = draft ?? query.data ?? null;

  const update = useCallback(
    (patch: Partial<ExportPrefs>) => {
      const base = latest.current ?? query.data;
      if (!base) return;
      const next = { ...base, ...patch };
      latest.current = next;
      setDraft(next);
      saver.current?.change();
    },
    [query.data],
  );

  /** Everything kept; true once saved. Called before a PDF is made. */
  const flush = useCallback(async () => (await saver.current?.flush()) ?? true, []);

  return { prefs, error: query.error, update, flush, saveState, saveError };
}
