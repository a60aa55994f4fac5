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
  return (
    <nav className="app-nav" aria-label="Main">
      <div className="app-brand" aria-hidden="true">
        <span className="app-brand-mark">◆</span> Waymark
      </div>
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
      <ul>
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
