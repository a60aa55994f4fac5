import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type KeyboardEvent } from 'react';
import type { EntryLink } from '../../../src-main/contract/links';
import { call } from '../../api/client';
import { planHref } from '../plan/route';
import { usePlanTree } from '../plan/queries';
import { linkOptions, type LinkOption } from './link-options';
import { afterLinksChanged, useEntryLinks } from './queries';
import './links.css';

const KIND_WORD = { aspiration: 'Aspiration', goal: 'Goal' } as const;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'Unknown problem.';
}

/**
 * *Linked to*: the aspirations and goals the entry reflects on, as chips that open them, each with
 * its own remove button; and a combobox that lists the plan's aspirations and goals, narrowed as
 * you type (arrow keys choose, Enter links, Escape closes).
 */
export function EntryLinks({ entryId }: { entryId: string }) {
  const queryClient = useQueryClient();
  const links = useEntryLinks(entryId);
  const tree = usePlanTree();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [error, setError] = useState<string | null>(null);
  const ids = useId();
  const inputId = `${ids}-input`;
  const listId = `${ids}-list`;
  const errorId = `${ids}-error`;

  const current = links.data ?? [];
  const options = open ? linkOptions(tree.data, text, current) : [];
  const expanded = options.length > 0;

  const change = async (run: () => Promise<EntryLink[]>) => {
    try {
      const next = await run();
      setError(null);
      await afterLinksChanged(queryClient, entryId, next);
      return true;
    } catch (failure) {
      setError(messageOf(failure));
      return false;
    }
  };

  const add = async (option: LinkOption | undefined) => {
    if (!option) return;
    const { targetKind, targetId } = option;
    if (await change(() => call('links:add', { entryId, targetKind, targetId }))) {
      setText('');
      setActive(-1);
    }
  };

  const remove = (link: EntryLink) =>
    void change(() =>
      call('links:remove', { entryId, targetKind: link.targetKind, targetId: link.targetId }),
    );

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // With one match left, Enter links it without choosing it first.
      void add(options[active >= 0 ? active : options.length === 1 ? 0 : -1]);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="entry-links">
      <label htmlFor={inputId} className="entry-links-label">
        Linked to
      </label>
      {current.length > 0 && (
        <ul className="link-chips" aria-label="Links">
          {current.map((link) => (
            <li key={`${link.targetKind}:${link.targetId}`} className="link-chip">
              <a
                href={
                  link.targetKind === 'goal'
                    ? planHref(link.aspirationId, link.targetId)
                    : planHref(link.targetId)
                }
              >
                <span className="link-chip-kind">{KIND_WORD[link.targetKind]}</span> {link.title}
              </a>
              <button
                type="button"
                aria-label={`Remove link to ${link.title}`}
                onClick={() => remove(link)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="link-combobox">
        <input
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          placeholder="Link to an aspiration or goal…"
          value={text}
          maxLength={200}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
        />
        <ul
          role="listbox"
          id={listId}
          aria-label="Aspirations and goals"
          className="link-suggestions"
          hidden={!expanded}
        >
          {options.map((option, index) => (
            <li
              key={`${option.targetKind}:${option.targetId}`}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              // mousedown, not click: the input must not lose focus (and close the list) first.
              onMouseDown={(event) => {
                event.preventDefault();
                void add(option);
              }}
            >
              <span className="link-chip-kind">{KIND_WORD[option.targetKind]}</span> {option.title}
              {option.context && <span className="link-option-context"> · {option.context}</span>}
            </li>
          ))}
        </ul>
      </div>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
