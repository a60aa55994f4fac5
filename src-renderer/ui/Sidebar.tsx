import { useState } from 'react';
import { SCREENS } from '../../src-main/shared/screens';
import { hrefFor } from './use-route';

const IS_MAC = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

export function Sidebar({
  current,
  onSearch,
  onShowShortcuts,
}: {
  current: string;
  onSearch?: () => void;
  onShowShortcuts: () => void;
}) {
  // In a narrow window (or at 200 % zoom) the links fold away behind a Menu button (narrow.css).
  const [open, setOpen] = useState(false);
  // Choosing a screen folds the menu again (state adjusted while rendering, not in an effect).
  const [openOn, setOpenOn] = useState(current);
  if (openOn !== current) {
    setOpenOn(current);
    setOpen(false);
  }
  return (
    <nav
      className={open ? 'app-nav app-nav-open' : 'app-nav'}
      aria-label="Main"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) setOpen(false);
      }}
    >
      <div className="app-brand" aria-hidden="true">
        <span className="app-brand-mark">◆</span> Waymark
      </div>
      <button
        type="button"
        className="app-menu-toggle"
        aria-expanded={open}
        aria-controls="app-nav-screens"
        onClick={() => setOpen((was) => !was)}
      >
        Menu
      </button>
      {onSearch && (
        <button
          type="button"
          className="app-search"
          onClick={onSearch}
          aria-keyshortcuts={IS_MAC ? 'Meta+K' : 'Control+K'}
        >
          <span>Search</span>
          <kbd aria-hidden="true">{IS_MAC ? '⌘K' : 'Ctrl K'}</kbd>
        </button>
      )}
      <ul id="app-nav-screens">
        {SCREENS.map((screen) => (
          <li key={screen.id}>
            <a href={hrefFor(screen.id)} aria-current={current === screen.id ? 'page' : undefined}>
              {screen.label}
            </a>
          </li>
        ))}
      </ul>
      <div className="app-nav-footer">
        <button type="button" className="button-quiet" onClick={onShowShortcuts}>
          Keyboard shortcuts
        </button>
      </div>
    </nav>
  );
}
