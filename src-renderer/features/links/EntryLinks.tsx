import { write } from '../../api/effects';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { EntryLink } from '../../../src-main/contract/links';
import { ChipCombobox } from '../../ui/ChipCombobox';
import { planHref } from '../../ui/plan-route';
import { usePlanTree } from '../../api/plan-tree';
import { linkOptions, type LinkOption } from './link-options';
import { useEntryLinks } from './queries';
import './links.css';

const KIND_WORD = { aspiration: 'Aspiration', goal: 'Goal' } as const;

const keyOf = (target: Pick<EntryLink, 'targetKind' | 'targetId'>) =>
  `${target.targetKind}:${target.targetId}`;

/**
 * *Linked to*: the aspirations and goals the entry reflects on, as chips that open them, each with
 * its own remove button; and a combobox that lists the plan's aspirations and goals, narrowed as
 * you type (arrow keys choose, Enter links, Escape closes).
 */
export function EntryLinks({ entryId }: { entryId: string }) {
  const queryClient = useQueryClient();
  const links = useEntryLinks(entryId);
  // The plan (over a megabyte for a big one) is what the suggestions are made from: it is read
  // when the person comes to the combobox, not whenever an entry opens.
  const [wanted, setWanted] = useState(false);
  const tree = usePlanTree(wanted);
  const current = links.data ?? [];

  return (
    <ChipCombobox<EntryLink, LinkOption>
      label="Linked to"
      chipsLabel="Links"
      className="entry-links"
      chips={current}
      chipKey={keyOf}
      renderChip={(link) => (
        <a
          href={
            link.targetKind === 'goal'
              ? planHref(link.aspirationId, link.targetId)
              : planHref(link.targetId)
          }
        >
          <span className="link-chip-kind">{KIND_WORD[link.targetKind]}</span> {link.title}
        </a>
      )}
      removeLabel={(link) => `Remove link to ${link.title}`}
      onRemove={({ targetKind, targetId }) =>
        write(queryClient, 'links:remove', { entryId, targetKind, targetId })
      }
      suggest={(text) => linkOptions(tree.data, text, current)}
      onFocus={() => setWanted(true)}
      listLabel="Aspirations and goals"
      optionKey={keyOf}
      renderOption={(option) => (
        <>
          <span className="link-chip-kind">{KIND_WORD[option.targetKind]}</span> {option.title}
          {option.context && <span className="link-option-context"> · {option.context}</span>}
        </>
      )}
      onAdd={({ targetKind, targetId }) =>
        write(queryClient, 'links:add', { entryId, targetKind, targetId })
      }
      placeholder="Link to an aspiration or goal…"
      maxLength={200}
    />
  );
}
