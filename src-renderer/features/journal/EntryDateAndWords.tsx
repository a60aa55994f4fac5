import type { EntrySummary } from '../../../src-main/contract';
import { shortDate } from './group-by-month';

/** An entry's day and length, as its row in a list shows them: "3 Mar 2027", "120 words". */
export function EntryDateAndWords({
  entry,
}: {
  entry: Pick<EntrySummary, 'entryDate' | 'wordCount'>;
}) {
  return (
    <>
      <time dateTime={entry.entryDate}>{shortDate(entry.entryDate)}</time>
      <span>
        {entry.wordCount} {entry.wordCount === 1 ? 'word' : 'words'}
      </span>
    </>
  );
}
