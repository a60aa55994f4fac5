import { channelQuery } from '../../api/queries';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { EntryVersion } from '../../../src-main/contract';
import { Dialog } from '../../ui/Dialog';
import { dayAndTime } from '../../ui/format';
import './history.css';

export const historyKeys = {
  list: (entryId: string) => ['history', entryId] as const,
};

interface Props {
  entryId: string;
  open: boolean;
  onClose: () => void;
  /** Restores the version; resolves once the editor shows it. */
  onRestore: (version: EntryVersion) => Promise<void>;
}

function VersionList({ entryId, onRestore }: Pick<Props, 'entryId' | 'onRestore'>) {
  const versions = useQuery({
    ...channelQuery('history:list', { entryId }, historyKeys.list(entryId)),
    staleTime: 0,
  });
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (versions.isError) {
    return (
      <p className="field-error history-message" role="alert">
        {versions.error.message}
      </p>
    );
  }
  if (!versions.data) return <p className="history-message">Loading…</p>;
  if (versions.data.length === 0) {
    return (
      <p className="history-message">
        No earlier versions yet. Waymark keeps the text as it was when you come back to an entry and
        change it, and again every few minutes while you write.
      </p>
    );
  }
  return (
    <>
      {error && (
        <p className="field-error history-message" role="alert">
          {error}
        </p>
      )}
      <ol className="history-list">
        {versions.data.map((version) => (
          <li key={version.id} className="history-item" aria-labelledby={`version-${version.id}`}>
            <div className="history-meta">
              <time id={`version-${version.id}`} dateTime={version.createdAt}>
                {dayAndTime(version.createdAt)}
              </time>
              <span>
                {version.wordCount} {version.wordCount === 1 ? 'word' : 'words'}
                {version.reason === 'before-restore' ? ' · replaced by a restore' : ''}
              </span>
              <button
                type="button"
                aria-describedby={`version-${version.id}`}
                disabled={busy !== null}
                onClick={async () => {
                  setBusy(version.id);
                  setError(null);
                  try {
                    await onRestore(version);
                  } catch (failure) {
                    setError(failure instanceof Error ? failure.message : 'Could not restore.');
                    setBusy(null);
                  }
                }}
              >
                {busy === version.id ? 'Restoring…' : 'Restore'}
              </button>
            </div>
            <p className="history-preview">{version.preview || 'Empty'}</p>
          </li>
        ))}
      </ol>
    </>
  );
}

/** *History*: the entry's earlier versions, newest first, each with a preview and *Restore*. */
export function HistoryDialog({ entryId, open, onClose, onRestore }: Props) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="History"
      className="history-dialog"
      closeOnBackdrop
    >
      <p className="history-intro" tabIndex={-1} data-autofocus>
        Restoring a version replaces the current text, which is kept here first.
      </p>
      <VersionList entryId={entryId} onRestore={onRestore} />
    </Dialog>
  );
}
