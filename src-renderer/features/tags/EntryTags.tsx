import { write } from '../../api/effects';
import { useQueryClient } from '@tanstack/react-query';
import { ChipCombobox } from '../../ui/ChipCombobox';
import { useEntryTags, useTagList } from './queries';
import { suggestTags } from './suggest';

/**
 * The entry's tags as chips, each with its own remove button, and an input labelled *Tags* that
 * suggests existing tags as you type (arrow keys choose, Enter or a comma adds, Escape closes).
 */
export function EntryTags({ entryId }: { entryId: string }) {
  const queryClient = useQueryClient();
  const tags = useEntryTags(entryId);
  const allTags = useTagList();
  const current = tags.data ?? [];

  return (
    <ChipCombobox<string, string>
      label="Tags"
      className="entry-tags"
      chips={current}
      chipKey={(name) => name}
      renderChip={(name) => <span>{name}</span>}
      removeLabel={(name) => `Remove tag ${name}`}
      onRemove={(name) => write(queryClient, 'tags:remove', { entryId, name })}
      suggest={(text) => suggestTags(allTags.data ?? [], text, current)}
      listLabel="Tag suggestions"
      optionKey={(name) => name}
      renderOption={(name) => name}
      typedOption={(text) => (text.trim() === '' ? null : text)}
      onAdd={(name) => write(queryClient, 'tags:add', { entryId, name })}
      placeholder={current.length > 0 ? 'Add another…' : 'Add a tag…'}
      maxLength={60}
    />
  );
}
