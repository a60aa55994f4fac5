import type { EntrySummary } from '../../../src-main/contract';
import { hrefFor } from '../../ui/use-route';
import { groupByMonth, shortDate } from './group-by-month';

interface Props {
  entries: EntrySummary[];
  selectedId: string | null;
  onOpen: (id: string) => void;
  /** What to say when there is nothing to list (a filter may be the reason). */
  emptyMessage?: string;
}

/** Newest first, grouped by month; each row is a link so the keyboard and the address bar both work. */
export function EntryList({ entries, selectedId, onOpen, emptyMessage }: Props) {
  if (entries.length === 0) {
    return (
      <p className="empty-hint">
        {emptyMessage ?? 'No entries yet. Press New entry to write your first reflection.'}
      </p>
    );
  }
  return (
    <div className="entry-list">
      {groupByMonth(entries).map((group) => (
        <section key={group.key} aria-label={group.label}>
          <h2 className="entry-month">{group.label}</h2>
          <ul>
            {group.entries.map((entry) => (
              <li key={entry.id}>
                <a
                  className="entry-row"
                  href={hrefFor('journal', entry.id)}
                  aria-current={entry.id === selectedId ? 'true' : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    onOpen(entry.id);
                  }}
                >
                  <span className="entry-row-title">{entry.title || 'Untitled'}</span>
                  <span className="entry-row-meta">
                    <time dateTime={entry.entryDate}>{shortDate(entry.entryDate)}</time>
                    <span>
                      {entry.wordCount} {entry.wordCount === 1 ? 'word' : 'words'}
                    </span>
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
