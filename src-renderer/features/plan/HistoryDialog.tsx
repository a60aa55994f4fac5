import { write } from '../../api/effects';
import { channelQuery } from '../../api/queries';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Dialog } from '../../ui/Dialog';
import { useToast } from '../../ui/toast';
import { moment } from '../../ui/format';
import { planKeys } from './queries';
import { useAction } from './CreateForm';
import { FormError } from '../../ui/FormError';

const CAUSE_LABELS: Record<string, string> = {
  created: 'Created',
  edited: 'Edited',
  restored: 'Restored',
  achieved: 'Achieved',
  retired: 'Retired',
  pivoted: 'Pivoted',
  reopened: 'Reopened',
  moved: 'Carried over',
};

/**
 * Every version of an aspiration or a goal, newest first, with when it was saved and what changed.
 * Any older version can be restored; the restore is itself a new version, so nothing is lost.
 */
export function HistoryDialog({
  kind,
  id,
  title,
  beforeRestore,
  onRestored,
  onClose,
}: {
  kind: 'aspiration' | 'goal';
  id: string;
  title: string;
  /** Saves pending edits first, so they cannot overwrite the restored version afterwards. */
  beforeRestore: () => Promise<boolean>;
  onRestored: () => void;
  onClose: () => void;
}) {
  const client = useQueryClient();
  const toast = useToast();
  const { failure, busy, run } = useAction();
  const history = useQuery({
    ...channelQuery('plan:history', { kind, id }, planKeys.history(kind, id)),
    staleTime: 0,
  });

  const restore = (revisionId: string, version: number) =>
    run(async () => {
      await beforeRestore();
      await write(client, 'plan:restoreRevision', { revisionId });
      onRestored();
      onClose();
      toast({ message: `Restored version ${version}.` });
    });

  return (
    <Dialog
      wide
      title={`History of “${title}”`}
      onClose={onClose}
      footer={
        <button type="button" onClick={onClose}>
          Close
        </button>
      }
    >
      {history.isPending && <p>Reading the history…</p>}
      <FormError message={history.error?.message} />
      <FormError message={failure} />
      {history.data && (
        <ol className="history-list" aria-label="Versions">
          {history.data.map((revision) => (
            <li key={revision.id} className={revision.current ? 'is-current' : undefined}>
              <div className="history-head">
                <strong>Version {revision.version}</strong>
                <span className="history-cause">{CAUSE_LABELS[revision.cause]}</span>
                <time dateTime={revision.createdAt}>{moment(revision.createdAt)}</time>
                {revision.current ? (
                  <span className="history-current">Current</span>
                ) : (
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => void restore(revision.id, revision.version)}
                  >
                    Restore version {revision.version}
                  </button>
                )}
              </div>
              <p className="history-summary">{revision.summary}</p>
            </li>
          ))}
        </ol>
      )}
    </Dialog>
  );
}
