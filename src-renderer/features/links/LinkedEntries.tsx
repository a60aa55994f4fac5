import type { LinkTargetKind } from '../../../src-main/contract/links';
import { hrefFor } from '../../ui/use-route';
import { shortDate } from '../../ui/format';
import { useLinkedEntries, useStartReflection } from './queries';
import './links.css';
import { FormError } from '../../ui/FormError';

/**
 * The journal entries linked to an aspiration or goal, newest first, each a link that opens it;
 * and *Start a reflection*, which opens a new entry already linked here, with a fitting prompt.
 */
export function LinkedEntries({
  targetKind,
  targetId,
  title,
}: {
  targetKind: LinkTargetKind;
  targetId: string;
  title: string;
}) {
  const entries = useLinkedEntries(targetKind, targetId);
  const start = useStartReflection(targetKind, targetId);
  const headingId = `linked-entries-${targetId}`;
  const list = entries.data ?? [];

  return (
    <section className="linked-entries" aria-labelledby={headingId}>
      <div className="plan-section-head">
        <h3 id={headingId}>Reflections</h3>
        <button
          type="button"
          disabled={start.isPending}
          aria-describedby={`${headingId}-hint`}
          onClick={() => start.mutate()}
        >
          Start a reflection
        </button>
      </div>
      <p id={`${headingId}-hint`} className="visually-hidden">
        Opens a new journal entry linked to “{title}”, with a question to answer.
      </p>
      {start.error && <FormError message={start.error.message} />}
      {entries.error && <FormError message={entries.error.message} />}
      {entries.isSuccess && list.length === 0 && (
        <p className="linked-entries-empty">
          No journal entries are linked here yet. Link one from the journal, or start a reflection.
        </p>
      )}
      {list.length > 0 && (
        <ul aria-label={`Journal entries linked to ${title}`}>
          {list.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.entryDate}>{shortDate(entry.entryDate)}</time>
              <a href={hrefFor('journal', entry.id)}>{entry.title || 'Untitled entry'}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
