import { channelQuery } from '../api/queries';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Entry, PlanTree, PrintOptions } from '../../src-main/contract';
import { buildPrintModel, type AchievementInput, type PrintModel } from './model';

const NO_ACHIEVEMENTS: readonly AchievementInput[] = [];

/** The whole plan as Export reads it (every live aspiration, so the person can choose). */
export const exportPlanKey = ['plan', 'tree', { for: 'export' }] as const;

export function useExportPlan() {
  return useQuery({
    ...channelQuery('plan:tree', {}, exportPlanKey),
    // What is exported must be what is in the journal now, not a minute ago.
    staleTime: 0,
    refetchOnMount: 'always',
  });
}

function combineEntries(results: { data?: Entry; isPending: boolean }[]) {
  return {
    entries: results.flatMap((result) => (result.data ? [result.data] : [])),
    pending: results.some((result) => result.isPending),
  };
}

/** The picked journal entries, fetched only when the person has ticked "Include journal excerpts". */
export function usePickedEntries(options: PrintOptions | null): {
  entries: Entry[];
  pending: boolean;
} {
  const ids =
    options && options.layout === 'full' && options.includeJournal ? options.journalEntryIds : [];
  return useQueries({
    queries: ids.map((id) => ({
      ...channelQuery('journal:get', { id }, ['entry', id] as const),
      staleTime: 0,
    })),
    // Module-scope combine: the list keeps its identity while nothing changed, so the document is
    // not laid out again for nothing.
    combine: combineEntries,
  });
}

/** The print model for these options, once the plan (and any picked entries) are loaded. */
export function usePrintModel(options: PrintOptions | null): {
  model: PrintModel | null;
  tree: PlanTree | undefined;
  error: Error | null;
} {
  const plan = useExportPlan();
  const picked = usePickedEntries(options);
  const wantsValues = !!options && options.layout === 'full' && options.includeValues;
  const values = useQuery({
    ...channelQuery('values:overview', {}, ['values', 'overview', { for: 'export' }]),
    enabled: wantsValues,
    staleTime: 0,
  });
  const valuesReady = !wantsValues || values.isSuccess || values.isError;
  const wantsAbout = !!options?.includeContact;
  const about = useQuery({
    ...channelQuery('export:aboutMe', {}, ['export', 'about-me']),
    enabled: wantsAbout,
  });
  const aboutReady = !wantsAbout || about.isSuccess || about.isError;
  const model = useMemo(
    () =>
      options && plan.data && !picked.pending && valuesReady && aboutReady
        ? buildPrintModel(options, plan.data, picked.entries, values.data?.scorecards ?? [], {
            about: about.data ?? null,
            // The achievements record fills this once it is wired in (issue 17).
            achievements: NO_ACHIEVEMENTS,
          })
        : null,
    [
      options,
      plan.data,
      picked.pending,
      picked.entries,
      valuesReady,
      values.data,
      aboutReady,
      about.data,
    ],
  );
  return { model, tree: plan.data, error: plan.error };
}
