import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { SyncStatus } from '../../../src-main/contract/sync';
import { MIN_SYNC_PASSPHRASE } from '../../../src-main/contract/sync';
import { ApiError, call } from '../../api/client';
import { useAppInfo } from '../../api/app-info';
import { write } from '../../api/effects';
import { channelQuery } from '../../api/queries';
import { syncStatusKey } from './follow-sync';
import { describeTarget, whenWords } from './words';
import './sync.css';

/** Settings → Sync: off by default; a folder or a WebDAV server, a passphrase, and the state in words. */
export function SyncSection() {
  const status = useQuery({
    ...channelQuery('sync:status', {}, syncStatusKey),
    refetchInterval: 30_000,
  });
  return (
    <section className="card settings-section" aria-labelledby="sync-heading">
      <h2 id="sync-heading">Sync</h2>
      <p className="settings-hint">
        Keep this journal the same on every computer you use, through a folder another tool keeps in
        step (Syncthing, Nextcloud, Dropbox, a USB stick) or a WebDAV server. Every file Waymark
        puts there is encrypted with your sync passphrase.
      </p>
      {status.isError && (
        <p className="field-error" role="alert">
          {status.error.message}
        </p>
      )}
      {status.data &&
        (status.data.enabled ? (
          <SyncState status={status.data} />
        ) : (
          <SyncSetup status={status.data} />
        ))}
    </section>
  );
}

function SyncState({ status }: { status: SyncStatus }) {
  const queryClient = useQueryClient();
  const now = useMutation({ mutationFn: () => write(queryClient, 'sync:now', {}) });
  const stop = useMutation({ mutationFn: () => write(queryClient, 'sync:stop', {}) });
  const busy = now.isPending || status.running;
  return (
    <>
      <dl className="settings-facts">
        <dt>Syncing with</dt>
        <dd>{status.target ? describeTarget(status.target) : 'unknown'}</dd>
        <dt>Last synced</dt>
        <dd>
          {busy ? 'Syncing now…' : status.lastSyncedAt ? whenWords(status.lastSyncedAt) : 'Not yet'}
        </dd>
        <dt>Changes waiting</dt>
        <dd>
          {status.waiting === 0
            ? 'None: everything written here has been sent.'
            : `${status.waiting} ${status.waiting === 1 ? 'record' : 'records'} changed here, sent at the next sync.`}
        </dd>
        <dt>Password and key kept</dt>
        <dd>{status.secretsKeptIn}</dd>
      </dl>
      {status.lastProblem && (
        <p className="field-error sync-problem" role="status">
          Last problem: {status.lastProblem}
        </p>
      )}
      {(now.error ?? stop.error) && (
        <p className="field-error" role="alert">
          {(now.error ?? stop.error)?.message}
        </p>
      )}
      <div className="settings-actions">
        <button
          type="button"
          className="button-primary"
          disabled={busy}
          onClick={() => now.mutate()}
        >
          {busy ? 'Syncing…' : 'Sync now'}
        </button>
        <button type="button" disabled={stop.isPending} onClick={() => stop.mutate()}>
          Stop syncing on this computer
        </button>
      </div>
      <p className="settings-hint">
        Stopping keeps your journal here as it is and removes nothing from the sync folder or
        server; other computers go on syncing.
      </p>
    </>
  );
}

type Kind = 'folder' | 'webdav';

function SyncSetup({ status }: { status: SyncStatus }) {
  const queryClient = useQueryClient();
  const desktop = useAppInfo().data?.host === 'desktop';
  const id = useId();
  const [kind, setKind] = useState<Kind>('folder');
  const [values, setValues] = useState({
    path: '',
    url: '',
    user: '',
    password: '',
    passphrase: '',
  });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const setup = useMutation({
    mutationFn: () =>
      write(queryClient, 'sync:setup', {
        target:
          kind === 'folder'
            ? { kind, path: values.path }
            : { kind, url: values.url, user: values.user, password: values.password },
        passphrase: values.passphrase,
      }),
    onError: (error) => {
      const errors: Record<string, string> = {};
      if (error instanceof ApiError) {
        for (const field of error.fields) {
          const name = field.path.split('.').at(-1) ?? '';
          errors[name === 'target' ? (kind === 'folder' ? 'path' : 'url') : name] = field.message;
        }
      }
      setFieldErrors(errors);
    },
    onSuccess: () => setFieldErrors({}),
  });
  const chooseFolder = async () => {
    try {
      const chosen = await call('sync:chooseFolder', {});
      if ('path' in chosen) setValues((current) => ({ ...current, path: chosen.path }));
    } catch (error) {
      setFieldErrors({ path: (error as Error).message });
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setup.mutate();
  };
  const field = (name: keyof typeof values, label: string, props: Record<string, string> = {}) => {
    const inputId = `${id}-${name}`;
    const error = fieldErrors[name];
    return (
      <div className="sync-field">
        <label htmlFor={inputId}>{label}</label>
        <input
          id={inputId}
          value={values[name]}
          onChange={(event) => setValues({ ...values, [name]: event.target.value })}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          {...props}
        />
        {error && (
          <p id={`${inputId}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
    );
  };
  return (
    <form className="sync-form" onSubmit={submit} noValidate aria-label="Set up sync">
      <p>Sync is off on this computer.</p>
      <fieldset className="sync-kind">
        <legend>Sync through</legend>
        <label>
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === 'folder'}
            onChange={() => setKind('folder')}
          />{' '}
          A folder
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === 'webdav'}
            onChange={() => setKind('webdav')}
          />{' '}
          A WebDAV server
        </label>
      </fieldset>
      {kind === 'folder' ? (
        <>
          {field('path', 'Sync folder (full path)', {
            placeholder: '/home/you/Sync',
            spellCheck: 'false',
          })}
          {desktop && (
            <div>
              <button type="button" onClick={() => void chooseFolder()}>
                Choose folder…
              </button>
            </div>
          )}
        </>
      ) : (
        <>
          {field('url', 'WebDAV address', {
            type: 'url',
            placeholder: 'https://cloud.example.org/remote.php/dav/files/you/',
          })}
          {field('user', 'User name', { autoComplete: 'username' })}
          {field('password', 'Password', { type: 'password', autoComplete: 'current-password' })}
          <p className="settings-hint">The password is kept {status.secretsKeptIn}.</p>
        </>
      )}
      {field('passphrase', 'Sync passphrase', { type: 'password', autoComplete: 'new-password' })}
      <p className="settings-hint">
        At least {MIN_SYNC_PASSPHRASE} characters. On your first computer you choose it; the others
        join with the same one. Without it nobody can read the files, and neither can Waymark: keep
        it somewhere safe.
      </p>
      {setup.error && Object.keys(fieldErrors).length === 0 && (
        <p className="field-error" role="alert">
          {setup.error.message}
        </p>
      )}
      <div className="settings-actions">
        <button type="submit" className="button-primary" disabled={setup.isPending}>
          {setup.isPending ? 'Setting up sync…' : 'Turn on sync'}
        </button>
      </div>
    </form>
  );
}
