import { write } from '../../api/effects';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { EntrySummary } from '../../../src-main/contract';
import { daysUntilPurge, purgeDueAt, TRASH_DAYS } from '../../../src-main/shared/trash';
import { useToast } from '../../ui/toast';
import { navigate } from '../../ui/use-route';
import { EntryDateAndWords } from '../journal/EntryDateAndWords';
import { useTrash } from '../journal/queries';
import './trash.css';
import { FormError } from '../../ui/FormError';

const DAY_FORMAT: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

function deletedWhen(entry: EntrySummary, now: Date): string {
  const deletedAt = entry.deletedAt as string;
  const deleted = new Date(deletedAt).toLocaleDateString(undefined, DAY_FORMAT);
  const due = purgeDueAt(deletedAt).toLocaleDateString(undefined, DAY_FORMAT);
  const left = daysUntilPurge(deletedAt, now);
  const purge =
    left === 0
      ? 'deleted for good today'
      : `deleted for good in ${left} ${left === 1 ? 'day' : 'days'} (${due})`;
  return `Moved here ${deleted} · ${purge}`;
}

function TrashRow({ entry, now }: { entry: EntrySummary; now: Date }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = `trash-${entry.id}`;

  const restore = async () => {
    setBusy(true);
    setError(null);
    try {
      await write(queryClient, 'journal:restore', { id: entry.id });
      toast({
        message: `“${entry.title || 'Untitled'}” is back in the journal.`,
        action: { label: 'Open', run: () => navigate('journal', entry.id) },
      });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'Could not restore the entry.');
      setBusy(false);
    }
  };

  return (
    <li className="card trash-row">
      <div className="trash-text">
        <span id={titleId} className="trash-title">
          {entry.title || 'Untitled'}
        </span>
        <span className="trash-meta">
          <EntryDateAndWords entry={entry} />
        </span>
        <span className="trash-meta">{deletedWhen(entry, now)}</span>
        {error && (
          <span className="field-error" role="alert">
            {error}
          </span>
        )}
      </div>
      <button
        type="button"
        aria-describedby={titleId}
        disabled={busy}
        onClick={() => void restore()}
      >
        Restore
      </button>
    </li>
  );
}

/** The trash: deleted entries, newest deletion first, each with *Restore*. */
export function TrashScreen() {
  const trash = useTrash();
  const now = new Date();
  return (
    <div className="trash">
      <header className="trash-header">
        <h1>Trash</h1>
        <p>
          Deleted entries wait here for {TRASH_DAYS} days, then Waymark deletes them for good, with
          their history and tags. Restore one to bring it back to the journal.
        </p>
      </header>
      {trash.isError ? (
        <FormError message={trash.error.message} />
      ) : trash.data?.length === 0 ? (
        <p className="trash-empty">The trash is empty.</p>
      ) : (
        <ul className="trash-list" aria-label="Deleted entries">
          {(trash.data ?? []).map((entry) => (
            <TrashRow key={entry.id} entry={entry} now={now} />
          ))}
        </ul>
      )}
    </div>
  );
}
