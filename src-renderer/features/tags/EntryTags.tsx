import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type KeyboardEvent } from 'react';
import { call } from '../../api/client';
import { afterTagsChanged, useEntryTags, useTagList } from './queries';
import { suggestTags } from './suggest';
import './tags.css';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'Unknown problem.';
}

/**
 * The entry's tags as chips, each with its own remove button, and an input labelled *Tags* that
 * suggests existing tags as you type (arrow keys choose, Enter or a comma adds, Escape closes).
 */
export function EntryTags({ entryId }: { entryId: string }) {
  const queryClient = useQueryClient();
  const tags = useEntryTags(entryId);
  const allTags = useTagList();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [error, setError] = useState<string | null>(null);
  const ids = useId();
  const inputId = `${ids}-input`;
  const listId = `${ids}-list`;
  const errorId = `${ids}-error`;

  const current = tags.data ?? [];
  const suggestions = open ? suggestTags(allTags.data ?? [], text, current) : [];
  const expanded = suggestions.length > 0;

  const change = async (run: () => Promise<string[]>) => {
    try {
      const next = await run();
      setError(null);
      await afterTagsChanged(queryClient, entryId, next);
      return true;
    } catch (failure) {
      setError(messageOf(failure));
      return false;
    }
  };

  const add = async (name: string) => {
    if (name.trim() === '') return;
    if (await change(() => call('tags:add', { entryId, name }))) {
      setText('');
      setActive(-1);
    }
  };

  const remove = (name: string) => void change(() => call('tags:remove', { entryId, name }));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, suggestions.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void add(active >= 0 && suggestions[active] ? suggestions[active] : text);
    } else if (event.key === ',') {
      event.preventDefault();
      void add(text);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="entry-tags">
      <label htmlFor={inputId} className="entry-tags-label">
        Tags
      </label>
      {current.length > 0 && (
        <ul className="tag-chips">
          {current.map((name) => (
            <li key={name} className="tag-chip">
              <span>{name}</span>
              <button type="button" aria-label={`Remove tag ${name}`} onClick={() => remove(name)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="tag-combobox">
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
          placeholder={current.length > 0 ? 'Add another…' : 'Add a tag…'}
          value={text}
          maxLength={60}
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
          aria-label="Tag suggestions"
          className="tag-suggestions"
          hidden={!expanded}
        >
          {suggestions.map((name, index) => (
            <li
              key={name}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              // mousedown, not click: the input must not lose focus (and close the list) first.
              onMouseDown={(event) => {
                event.preventDefault();
                void add(name);
              }}
            >
              {name}
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
