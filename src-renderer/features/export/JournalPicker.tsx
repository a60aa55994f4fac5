import { useState } from 'react';
import { useAllEntries } from '../journal/queries';
import { dateInWords } from '../../print/dates';
import { ChecklistItem } from './OptionFields';

/**
 * The journal entries to quote. Nothing is picked until the person picks it; a date range narrows
 * a long list, and "Pick all shown" takes what the range shows.
 */
export function JournalPicker({
  picked,
  onChange,
}: {
  picked: string[];
  onChange: (ids: string[]) => void;
}) {
  const list = useAllEntries(true);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const chosen = new Set(picked);
  const shown = (list.data ?? []).filter(
    (entry) => (!from || entry.entryDate >= from) && (!to || entry.entryDate <= to),
  );
  const set = (id: string, on: boolean) =>
    onChange(
      on ? [...picked.filter((other) => other !== id), id] : picked.filter((other) => other !== id),
    );

  if (list.isError) return <p className="field-error">{list.error.message}</p>;
  if (!list.data) return <p className="export-hint">Loading your journal…</p>;
  if (list.data.length === 0)
    return <p className="export-hint">Your journal has no entries yet.</p>;
  return (
    <div className="journal-picker">
      <p className="export-hint" id="journal-picker-hint">
        Only the entries you tick are quoted (up to about 200 words each). {picked.length} picked.
      </p>
      <div className="journal-range">
        <label>
          From <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </label>
        <label>
          To <input type="date" value={to} onChange={(event) => setTo(event.target.value)} />
        </label>
      </div>
      <div className="journal-picker-actions">
        <button
          type="button"
          onClick={() => onChange([...new Set([...picked, ...shown.map((entry) => entry.id)])])}
          disabled={shown.length === 0}
        >
          Pick all shown
        </button>
        <button type="button" onClick={() => onChange([])} disabled={picked.length === 0}>
          Pick none
        </button>
      </div>
      <ul className="export-checklist journal-picker-list" aria-describedby="journal-picker-hint">
        {shown.map((entry) => (
          <ChecklistItem
            key={entry.id}
            checked={chosen.has(entry.id)}
            onCheck={(on) => set(entry.id, on)}
          >
            <span className="export-muted">{dateInWords(entry.entryDate)}</span>{' '}
            {entry.title || 'Untitled'}
          </ChecklistItem>
        ))}
      </ul>
      {shown.length === 0 && <p className="export-hint">No entries in those dates.</p>}
    </div>
  );
}
