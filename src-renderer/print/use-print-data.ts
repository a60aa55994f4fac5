import { channelQuery } from '../api/queries';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { Entry, PlanTree, PrintOptions } from '../../src-main/contract';
import { picturesOf } from '../../src-main/shared/rich-text';
import { ensureAttachmentAccess } from '../editor/extensions/attachment-url';
import { buildPrintModel, type PrintModel } from './model';

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

/**
 * True once the page may load the picked entries' pictures (the browser edition's cookie is set),
 * so a printed picture is never a broken one.
 */
function usePictureAccess(entries: Entry[]): boolean {
  const needed = useMemo(
    () => entries.some((entry) => picturesOf(entry.body).length > 0),
    [entries],
  );
  const [granted, setGranted] = useState(false);
  useEffect(() => {
    if (!needed || granted) return;
    let live = true;
    void ensureAttachmentAccess().then(() => {
      if (live) setGranted(true);
    });
    return () => {
      live = false;
    };
  }, [needed, granted]);
  return !needed || granted;
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
  // Every achievement: the review pack picks its period itself, the summary, the interview's
  // STAR answer and JSON Resume take the chosen aspirations' ones.
  const wantsAchievements =
    !!options && ['review-pack', 'summary', 'interview'].includes(options.layout);
  const achievements = useQuery({
    ...channelQuery('achievements:list', {}, ['achievements', 'list', { for: 'export' }]),
    enabled: wantsAchievements,
    staleTime: 0,
  });
  const achievementsReady = !wantsAchievements || achievements.isSuccess;
  const picturesReady = usePictureAccess(picked.entries);
  const wantsAbout = !!options?.includeContact;
  const about = useQuery({
    ...channelQuery('export:aboutMe', {}, ['export', 'about-me']),
    enabled: wantsAbout,
  });
  const aboutReady = !wantsAbout || about.isSuccess || about.isError;
  const model = useMemo(
    () =>
      options &&
      plan.data &&
      !picked.pending &&
      valuesReady &&
      achievementsReady &&
      picturesReady &&
      aboutReady
        ? buildPrintModel(options, plan.data, picked.entries, values.data?.scorecards ?? [], {
            about: about.data ?? null,
            achievements: achievements.data ?? [],
          })
        : null,
    [
      options,
      plan.data,
      picked.pending,
      picked.entries,
      valuesReady,
      values.data,
      achievementsReady,
      achievements.data,
      picturesReady,
      aboutReady,
      about.data,
    ],
  );
  return { model, tree: plan.data, error: plan.error ?? achievements.error };
}
