import { write } from '../../api/effects';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { BackupInfo } from '../../../src-main/contract';
import { useToast } from '../../ui/toast';
import { backgroundLabel, formatSize, formatTakenAt, kindLabel } from './format';
import { useBackups } from './queries';
import { RestoreDialog } from './RestoreDialog';
import { FormError } from '../../ui/FormError';

/** The backups list with Back up now and, per backup, Restore… (confirmed in a dialog). */
export function BackupsSection() {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [chosen, setChosen] = useState<BackupInfo | null>(null);
  const backUp = useMutation({
    mutationFn: () => write(queryClient, 'backup:create', {}),
    onSuccess: async (info) => {
      toast({ message: `Backed up (${formatSize(info.size)}).` });
    },
  });
  const backups = useBackups({ busy: backUp.isPending });
  const background = backups.data ? backgroundLabel(backups.data.background) : null;

  return (
    <section className="card settings-section" aria-labelledby="backups-heading">
      <h2 id="backups-heading">Backups</h2>
      <p className="settings-hint">
        Waymark copies your journal in the background on each day you open it, and before every
        update; it checks each copy, compresses it when that saves room, and keeps one a day for a
        week, one a week for a month and one a month for a year.
      </p>
      <div className="settings-actions">
        <button
          type="button"
          className="button-primary"
          onClick={() => backUp.mutate()}
          disabled={backUp.isPending || backups.data?.background.running === 'backing-up'}
        >
          {backUp.isPending || backups.data?.background.running === 'backing-up'
            ? 'Backing up…'
            : 'Back up now'}
        </button>
        {backups.data && (
          <span className="settings-path">
            Saved in <code>{backups.data.folder}</code>
          </span>
        )}
      </div>
      <p className="settings-hint" role="status" aria-live="polite">
        {background}
      </p>
      <FormError message={backUp.error?.message} />
      {backups.data?.lastError && (
        <p className="settings-warning" role="alert">
          The last automatic backup did not work: {backups.data.lastError}
        </p>
      )}
      {backups.isError ? (
        <FormError message={backups.error.message} />
      ) : backups.data && backups.data.backups.length === 0 ? (
        <p className="settings-empty">
          No backups yet. Waymark makes one the next time it starts, then one a day at most; or make
          one now with Back up now.
        </p>
      ) : backups.data ? (
        <table className="backups-table">
          <caption className="visually-hidden">Backups, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">Why</th>
              <th scope="col" className="backups-size">
                Size
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.data.backups.map((backup) => (
              <tr key={backup.name}>
                <td>
                  <time dateTime={backup.takenAt}>{formatTakenAt(backup.takenAt)}</time>
                </td>
                <td>{kindLabel(backup.kind)}</td>
                <td className="backups-size">{formatSize(backup.size)}</td>
                <td className="backups-action">
                  <button
                    type="button"
                    aria-label={`Restore the backup of ${formatTakenAt(backup.takenAt)}…`}
                    onClick={() => setChosen(backup)}
                  >
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <RestoreDialog backup={chosen} onClose={() => setChosen(null)} />
    </section>
  );
}
