import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { JournalStatus } from '../../../src-main/contract';
import { call } from '../../api/client';
import { forgetJournalData, reloadAllData } from '../../api/effects';
import { journalStatusKey } from '../../api/journal-status';
import './lock.css';
import { FormError } from '../../ui/FormError';

/**
 * Shown instead of the app while an encrypted journal is locked. Nothing of the journal is in the
 * window until the passphrase opens it; a wrong passphrase says so and changes nothing.
 */
export function LockScreen({ status }: { status: JournalStatus }) {
  const queryClient = useQueryClient();
  const [passphrase, setPassphrase] = useState('');
  const fieldId = useId();
  const errorId = useId();
  // However the journal came to be locked, nothing read from it stays in the window's memory.
  useEffect(() => {
    forgetJournalData(queryClient);
    queryClient.getMutationCache().clear();
  }, [queryClient]);
  const unlock = useMutation({
    mutationFn: (value: string) => call('lock:unlock', { passphrase: value }),
    onSuccess: async (next) => {
      setPassphrase('');
      queryClient.setQueryData(journalStatusKey, next);
      await reloadAllData(queryClient);
    },
    onError: () => setPassphrase(''),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase.length === 0 || unlock.isPending) return;
    unlock.mutate(passphrase);
  };
  return (
    <main className="centered-screen" aria-labelledby="lock-heading">
      <form className="raised-card lock-card" onSubmit={submit}>
        <p className="raised-card-mark" aria-hidden="true">
          ◆ Waymark
        </p>
        <h1 id="lock-heading">Your journal is locked</h1>
        <p className="lock-hint">
          It is encrypted on this computer. Enter your passphrase to open it.
        </p>
        <label className="lock-label" htmlFor={fieldId}>
          Passphrase
        </label>
        <input
          id={fieldId}
          className="lock-input"
          type="password"
          autoComplete="current-password"
          autoFocus
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
          aria-invalid={unlock.isError}
          aria-describedby={unlock.isError ? errorId : undefined}
        />
        <FormError message={unlock.error?.message} id={errorId} />
        <button
          type="submit"
          className="button-primary lock-submit"
          disabled={unlock.isPending || passphrase.length === 0}
        >
          {unlock.isPending ? 'Unlocking…' : 'Unlock'}
        </button>
        <p className="lock-file">
          <code>{status.databaseFile}</code>
        </p>
      </form>
    </main>
  );
}
