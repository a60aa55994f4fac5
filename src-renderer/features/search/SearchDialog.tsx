import { useCallback, useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { SearchKind, SearchResult } from '../../../src-main/contract';
import { Dialog } from '../../ui/Dialog';
import { TagSelect } from '../tags/TagFilter';
import { onOpenSearch } from './open-search';
import { FILTER_KINDS, openResult } from './result-target';
import { resultOptionId, SearchResults } from './SearchResults';
import { useSearch } from './use-search';
import './search.css';

const MOD = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

function SearchPanel({ onDone }: { onDone: () => void }) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<SearchKind | null>(null);
  const [tag, setTag] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const search = useSearch(text, { kind, tag });
  const listId = useId();
  const statusId = useId();
  const results: SearchResult[] = text.trim() === '' ? [] : (search.data?.results ?? []);

  // New results: the first one is active again (adjusted while rendering, not in an effect).
  const [shown, setShown] = useState(search.data);
  if (shown !== search.data) {
    setShown(search.data);
    setActive(0);
  }

  const open = (result: SearchResult | undefined) => {
    if (!result) return;
    onDone();
    openResult(result);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (results.length === 0) return;
    const last = results.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: active >= last ? 0 : active + 1,
      ArrowUp: active <= 0 ? last : active - 1,
      PageDown: Math.min(last, active + 5),
      PageUp: Math.max(0, active - 5),
    };
    if (event.key in moves) {
      event.preventDefault();
      setActive(moves[event.key] as number);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(results[active]);
    }
  };

  let status: string;
  if (text.trim() === '') {
    status = 'Type to search. Capitals and accents do not matter: cafe finds café.';
  } else if (search.isError) {
    status = search.error.message;
  } else if (!search.data || search.pending) {
    status = results.length > 0 ? `${results.length} results so far…` : 'Searching…';
  } else if (search.data.terms.length === 0) {
    status = 'Type a word to search for.';
  } else if (results.length === 0) {
    status = `Nothing matches ${search.data.terms.map((t) => `“${t}”`).join(' and ')}.`;
  } else {
    status = `${results.length === 1 ? '1 result' : `${results.length} results`}. Use the arrow keys and Enter to open one.`;
  }

  return (
    <div className="search-panel">
      <div className="search-box">
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" className="search-icon">
          <circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m20 20-4-4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <input
          // Not type="search": its Escape clears the text instead of closing the dialog.
          type="text"
          role="combobox"
          aria-label="Search"
          aria-expanded={results.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={results.length > 0 ? resultOptionId(listId, active) : undefined}
          aria-describedby={statusId}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
          maxLength={500}
          placeholder="Search your journal…"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <div className="filter-bar search-filters">
        <label>
          Kind
          <select
            value={kind ?? ''}
            onChange={(event) => setKind((event.target.value || null) as SearchKind | null)}
          >
            <option value="">Everything</option>
            {FILTER_KINDS.map((option) => (
              <option key={option.kind} value={option.kind}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <TagSelect value={tag ?? ''} onChange={(name) => setTag(name || null)} anyLabel="Any tag" />
      </div>
      <p id={statusId} className="search-status" role="status" aria-live="polite">
        {status}
      </p>
      <SearchResults
        id={listId}
        results={results}
        active={active}
        onHover={setActive}
        onOpen={open}
      />
    </div>
  );
}

/** *Search* (Ctrl/Cmd+K): an overlay over every screen. */
export function SearchDialog() {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);

  // The shortcut and the menu reach this through the app's commands (`search` → openSearch).
  useEffect(() => onOpenSearch(() => setOpen(true)), []);

  return (
    <Dialog
      open={open}
      onClose={close}
      title="Search Waymark"
      hideTitle
      className="search-dialog"
      closeOnBackdrop
    >
      <SearchPanel onDone={close} />
    </Dialog>
  );
}

export const SEARCH_SHORTCUT = `${MOD}K`;
