import { write } from '../../api/effects';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { JournalStatus, SalvageResult } from '../../../src-main/contract';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { navigate } from '../../ui/use-route';
import { formatSize, formatTakenAt } from './format';
import { reloadAllData } from '../../api/effects';
import { settingsKeys } from './queries';
import '../lock/lock.css';
import './settings.css';
import { FormError } from '../../ui/FormError';

type Choice = 'restore' | 'start-new' | null;

/** Encrypted backups need their passphrase before one can be checked and restored. */
function UnlockBackups() {
  const queryClient = useQueryClient();
  const [passphrase, setPassphrase] = useState('');
  const id = useId();
  const unlock = useMutation({
    mutationFn: () => write(queryClient, 'recovery:unlockBackups', { passphrase }),
    onSuccess: (next) => queryClient.setQueryData(settingsKeys.status, next),
    onError: () => setPassphrase(''),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase.length > 0) unlock.mutate();
  };
  return (
    <form className="recovery-unlock" onSubmit={submit}>
      <p className="settings-hint">
        Your backups are encrypted. Enter your passphrase to find the newest good one.
      </p>
      <label htmlFor={id}>Passphrase</label>
      <input
        id={id}
        className="lock-input"
        type="password"
        autoComplete="current-password"
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
        aria-invalid={unlock.isError || undefined}
      />
      <button type="submit" disabled={unlock.isPending || passphrase.length === 0}>
        Unlock backups
      </button>
      <FormError message={unlock.error?.message} />
    </form>
  );
}

function salvageMessage(result: SalvageResult): string {
  const rows = result.tables.reduce((sum, table) => sum + table.rows, 0);
  const lost = result.tables.reduce((sum, table) => sum + table.unreadable, 0);
  const entries = result.tables.find((table) => table.name === 'entries')?.rows ?? 0;
  return (
    `Saved ${rows} ${rows === 1 ? 'item' : 'items'} (${entries} journal ${entries === 1 ? 'entry' : 'entries'}) to ${result.file}.` +
    (lost > 0 ? ` ${lost} could not be read.` : '') +
    ' Once your journal opens again, bring them back with Import… in Settings.'
  );
}

/**
 * Shown instead of the app when the journal file has a problem found at start. Nothing is changed
 * until the person chooses; every choice keeps the problem file.
 */
export function RecoveryScreen({ status }: { status: JournalStatus }) {
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState<Choice>(null);
  const problem = status.problem;
  const backup = status.newestGoodBackup;

  const done = async () => {
    setChoice(null);
    navigate('journal');
    await reloadAllData(queryClient);
  };
  const act = useMutation({
    mutationFn: async (what: 'restore' | 'start-new' | 'keep') => {
      // Their declared effect (every answer read again) is applied once the journal is open: done().
      if (what === 'restore' && backup) await call('backup:restore', { name: backup.name });
      else if (what === 'start-new') await call('recovery:startNew', {});
      else if (what === 'keep') await call('recovery:keep', {});
      return call('recovery:status', {});
    },
    onSuccess: async (next) => {
      queryClient.setQueryData(settingsKeys.status, next);
      if (next.state === 'open') await done();
    },
  });
  const salvage = useMutation({ mutationFn: () => write(queryClient, 'recovery:salvage', {}) });

  return (
    <main className="recovery" aria-labelledby="recovery-heading">
      <div className="recovery-card">
        <p className="recovery-mark" aria-hidden="true">
          ◆ Waymark
        </p>
        <h1 id="recovery-heading">Your journal needs your attention</h1>
        <p className="recovery-problem">{problem?.message}</p>
        {problem && problem.details.length > 0 && (
          <details className="recovery-details">
            <summary>What the check found</summary>
            <ul>
              {problem.details.map((detail) => (
                <li key={detail}>
                  <code>{detail}</code>
                </li>
              ))}
            </ul>
          </details>
        )}
        {problem && problem.setAside.length > 0 && (
          <p className="settings-hint">
            A copy of the journal as it was found is kept in the set-aside folder:{' '}
            <code>{problem.setAside[0]}</code>
          </p>
        )}
        <p>
          Nothing has been deleted or changed. The file is <code>{status.databaseFile}</code>.
          Choose what to do:
        </p>

        <ul className="recovery-choices">
          <li>
            <h2>Go back to your newest good backup</h2>
            {backup ? (
              <>
                <p className="settings-hint">
                  The backup of {formatTakenAt(backup.takenAt)} ({formatSize(backup.size)}) passes
                  its check. The current file is moved to the set-aside folder, not deleted.
                </p>
                <button
                  type="button"
                  className="button-primary"
                  onClick={() => setChoice('restore')}
                >
                  Restore the backup of {formatTakenAt(backup.takenAt)}
                </button>
              </>
            ) : status.backupsNeedPassphrase ? null : (
              <p className="settings-hint">There is no backup that passes its check.</p>
            )}
            {status.backupsNeedPassphrase && <UnlockBackups />}
          </li>
          {(problem?.kind === 'wal-missing' || problem?.kind === 'wal-damaged') && (
            <li>
              <h2>Keep the journal as it is</h2>
              <p className="settings-hint">
                It passed its check; only the saves from shortly before Waymark last stopped are
                {problem.kind === 'wal-damaged' ? ' left out' : ' missing'}. A copy of the journal
                as it was found stays in the set-aside folder.
              </p>
              <button type="button" onClick={() => act.mutate('keep')} disabled={act.isPending}>
                Keep the journal as it is
              </button>
            </li>
          )}
          {problem?.kind !== 'missing' && (
            <li>
              <h2>Save what can still be read</h2>
              <p className="settings-hint">
                Writes everything that can still be read into an export file you can import later.
              </p>
              <button type="button" onClick={() => salvage.mutate()} disabled={salvage.isPending}>
                {salvage.isPending ? 'Exporting…' : 'Export what can be read'}
              </button>
              {salvage.data && (
                <p className="settings-notice" role="status">
                  {salvageMessage(salvage.data)}
                </p>
              )}
              <FormError message={salvage.error?.message} />
            </li>
          )}
          <li>
            <h2>Start again with an empty journal</h2>
            <p className="settings-hint">
              The problem file is moved to the set-aside folder; your backups stay where they are.
            </p>
            <button type="button" onClick={() => setChoice('start-new')}>
              Start a new journal…
            </button>
          </li>
        </ul>
        <FormError message={act.error?.message} />
      </div>

      <ConfirmDialog
        open={choice !== null}
        title={choice === 'restore' ? 'Restore the newest good backup?' : 'Start a new journal?'}
        confirmLabel={choice === 'restore' ? 'Restore' : 'Start a new journal'}
        busyLabel="Working…"
        busy={act.isPending}
        onConfirm={() => choice && act.mutate(choice)}
        onCancel={() => setChoice(null)}
      >
        <p>
          {choice === 'restore' && backup
            ? `Your journal will be as it was on ${formatTakenAt(backup.takenAt)}. The current file is kept in the set-aside folder.`
            : 'Waymark will open with an empty journal. The current file is kept in the set-aside folder, and you can import an export into the new journal.'}
        </p>
      </ConfirmDialog>
    </main>
  );
}
