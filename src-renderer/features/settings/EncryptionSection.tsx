import { write } from '../../api/effects';
import { channelQuery } from '../../api/queries';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { EncryptionResult } from '../../../src-main/contract/lock';
import { AUTO_LOCK_CHOICES, MIN_PASSPHRASE } from '../../../src-main/contract/lock';
import { ApiError } from '../../api/client';
import { Dialog } from '../../ui/Dialog';
import { useToast } from '../../ui/toast';
import { useJournalStatus } from '../../api/journal-status';
import { requestLockNow } from '../lock/LockCommand';
import '../lock/lock.css';
import { FormError } from '../../ui/FormError';

const lockSettingsKey = ['lock-settings'] as const;

type Mode = 'encrypt' | 'change' | 'remove';

interface FieldSpec {
  name: 'current' | 'passphrase' | 'repeat';
  label: string;
  autoComplete: string;
}

const FIELDS: Record<Mode, FieldSpec[]> = {
  encrypt: [
    { name: 'passphrase', label: 'Passphrase', autoComplete: 'new-password' },
    { name: 'repeat', label: 'Repeat passphrase', autoComplete: 'new-password' },
  ],
  change: [
    { name: 'current', label: 'Current passphrase', autoComplete: 'current-password' },
    { name: 'passphrase', label: 'New passphrase', autoComplete: 'new-password' },
    { name: 'repeat', label: 'Repeat new passphrase', autoComplete: 'new-password' },
  ],
  remove: [{ name: 'current', label: 'Current passphrase', autoComplete: 'current-password' }],
};

const TITLES: Record<Mode, string> = {
  encrypt: 'Encrypt your journal',
  change: 'Change passphrase',
  remove: 'Remove encryption',
};

const SUBMIT: Record<Mode, [string, string]> = {
  encrypt: ['Encrypt journal', 'Encrypting…'],
  change: ['Change passphrase', 'Changing…'],
  remove: ['Remove encryption', 'Removing…'],
};

function backupsNote(result: EncryptionResult, encrypted: boolean): string {
  const converted =
    result.backupsConverted === 0
      ? ''
      : ` ${result.backupsConverted} ${result.backupsConverted === 1 ? 'backup was' : 'backups were'} ${encrypted ? 'encrypted with it' : 'decrypted'} too.`;
  const left =
    result.backupsLeft.length === 0
      ? ''
      : ` ${result.backupsLeft.length} could not be converted and were left as they were: ${result.backupsLeft.join(', ')}.`;
  return converted + left;
}

/** The passphrase form shared by Encrypt, Change and Remove. */
function EncryptionDialog({ mode, onClose }: { mode: Mode; onClose: () => void }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const formId = useId();
  const [values, setValues] = useState({ current: '', passphrase: '', repeat: '' });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldSpec['name'], string>>>({});
  const run = useMutation({
    mutationFn: (): Promise<EncryptionResult> =>
      mode === 'encrypt'
        ? write(queryClient, 'lock:encrypt', {
            passphrase: values.passphrase,
            repeat: values.repeat,
          })
        : mode === 'change'
          ? write(queryClient, 'lock:change', values)
          : write(queryClient, 'lock:remove', { current: values.current }),
    onSuccess: (result) => {
      const done =
        mode === 'encrypt'
          ? 'Your journal is encrypted.'
          : mode === 'change'
            ? 'Your passphrase is changed.'
            : 'Your journal is no longer encrypted.';
      toast({ message: done + backupsNote(result, mode !== 'remove') });
      onClose();
    },
    onError: (error) => {
      const errors: Partial<Record<FieldSpec['name'], string>> = {};
      if (error instanceof ApiError) {
        for (const field of error.fields) {
          const name = field.path as FieldSpec['name'];
          if (FIELDS[mode].some((spec) => spec.name === name)) errors[name] ??= field.message;
        }
      }
      setFieldErrors(errors);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Partial<Record<FieldSpec['name'], string>> = {};
    if (mode !== 'encrypt' && values.current.length === 0) {
      errors.current = 'Enter your current passphrase.';
    }
    if (mode !== 'remove') {
      if (values.passphrase.length < MIN_PASSPHRASE) {
        errors.passphrase = `Use at least ${MIN_PASSPHRASE} characters.`;
      } else if (values.passphrase !== values.repeat) {
        errors.repeat = 'The two passphrases are not the same.';
      }
    }
    setFieldErrors(errors);
    if (Object.keys(errors).length === 0) run.mutate();
  };

  const [label, busyLabel] = SUBMIT[mode];
  const unmatched =
    run.error && Object.keys(fieldErrors).length === 0 ? run.error.message : undefined;
  return (
    <Dialog open onClose={() => !run.isPending && onClose()} title={TITLES[mode]}>
      <form className="encryption-form" onSubmit={submit} noValidate>
        {mode === 'encrypt' && (
          <p>
            From now on Waymark asks for this passphrase each time it opens your journal, and after
            it locks. Your backups are encrypted with it as well.
          </p>
        )}
        {mode === 'remove' && (
          <p>
            Your journal and its backups will be stored without encryption again: anyone who can
            open your files can read them.
          </p>
        )}
        {mode !== 'remove' && (
          <p className="encryption-warning">
            <strong>Nobody can recover a forgotten passphrase</strong>, not Waymark and not anyone
            else. Without it your journal and its backups cannot be opened. Keep it somewhere safe.
          </p>
        )}
        {FIELDS[mode].map((field, index) => {
          const id = `${formId}-${field.name}`;
          const error = fieldErrors[field.name];
          return (
            <div key={field.name} className="encryption-field">
              <label htmlFor={id}>{field.label}</label>
              <input
                id={id}
                type="password"
                autoComplete={field.autoComplete}
                data-autofocus={index === 0 ? true : undefined}
                value={values[field.name]}
                onChange={(event) => setValues({ ...values, [field.name]: event.target.value })}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
              />
              {error && (
                <p id={`${id}-error`} className="field-error" role="alert">
                  {error}
                </p>
              )}
            </div>
          );
        })}
        {mode === 'encrypt' && (
          <p className="settings-hint">
            Files you export (PDF, JSON, Markdown) are never encrypted: Waymark reminds you before
            writing one. Files exported earlier and journals in the set-aside folder stay as they
            are.
          </p>
        )}
        <FormError message={unmatched} />
        <div className="encryption-actions">
          <button type="button" onClick={onClose} disabled={run.isPending}>
            Cancel
          </button>
          <button
            type="submit"
            className={mode === 'remove' ? 'button-danger' : 'button-primary'}
            disabled={run.isPending}
          >
            {run.isPending ? busyLabel : label}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function AutoLockSetting() {
  const queryClient = useQueryClient();
  const settings = useQuery({
    ...channelQuery('lock:settings', {}, lockSettingsKey),
  });
  const id = useId();
  const save = useMutation({
    mutationFn: (minutes: number | null) => write(queryClient, 'lock:setAutoLock', { minutes }),
    onSuccess: (next) => queryClient.setQueryData(lockSettingsKey, next),
  });
  if (!settings.data) return null;
  return (
    <div className="auto-lock">
      <label htmlFor={id}>Lock after being idle for</label>
      <select
        id={id}
        value={settings.data.autoLockMinutes ?? 'never'}
        onChange={(event) =>
          save.mutate(event.target.value === 'never' ? null : Number(event.target.value))
        }
      >
        {AUTO_LOCK_CHOICES.map((minutes) => (
          <option key={minutes} value={minutes}>
            {minutes === 1 ? '1 minute' : minutes === 60 ? '1 hour' : `${minutes} minutes`}
          </option>
        ))}
        <option value="never">Never</option>
      </select>
      <FormError message={save.error?.message} />
    </div>
  );
}

/** Settings → Encryption: encrypt, lock, change or remove the passphrase, and auto-lock. */
export function EncryptionSection() {
  const status = useJournalStatus();
  const [mode, setMode] = useState<Mode | null>(null);
  const encrypted = status.data?.encrypted === true;
  return (
    <section className="card settings-section" aria-labelledby="encryption-heading">
      <h2 id="encryption-heading">Encryption</h2>
      {encrypted ? (
        <>
          <p className="settings-hint">
            Your journal and its backups are encrypted with your passphrase. When it is locked,
            nothing in them can be read without it.
          </p>
          <div className="settings-actions">
            <button type="button" className="button-primary" onClick={requestLockNow}>
              Lock now
            </button>
            <button type="button" onClick={() => setMode('change')}>
              Change passphrase…
            </button>
            <button type="button" onClick={() => setMode('remove')}>
              Remove encryption…
            </button>
          </div>
          <AutoLockSetting />
        </>
      ) : (
        <>
          <p className="settings-hint">
            Lock your journal with a passphrase, so that nobody who gets hold of this computer or
            your backups can read what you wrote.
          </p>
          <div className="settings-actions">
            <button type="button" className="button-primary" onClick={() => setMode('encrypt')}>
              Encrypt journal…
            </button>
          </div>
        </>
      )}
      {mode && <EncryptionDialog mode={mode} onClose={() => setMode(null)} />}
    </section>
  );
}
