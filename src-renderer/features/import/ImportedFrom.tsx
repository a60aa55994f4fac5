import { channelQuery } from '../../api/queries';
import { useQuery } from '@tanstack/react-query';
import type { ImportKind } from '../../../src-main/contract';
import './import.css';

const SOURCE_NAMES: Record<ImportKind, string> = {
  markdown: 'a Markdown note',
  dayone: 'Day One',
  joplin: 'Joplin',
};

/** One quiet line under an imported entry's header saying where it came from. */
export function ImportedFrom({ entryId }: { entryId: string }) {
  const source = useQuery({
    ...channelQuery('import:sourceOf', { entryId }, ['importedFrom', entryId]),
    staleTime: Infinity,
  });
  if (!source.data) return null;
  return (
    <p className="imported-from">
      Imported from {SOURCE_NAMES[source.data.kind]}: <span>{source.data.origin}</span>
    </p>
  );
}
