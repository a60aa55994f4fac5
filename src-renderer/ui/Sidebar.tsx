import { SCREENS } from './screens';
import { hrefFor } from './use-route';

export function Sidebar({
  current,
  onShowShortcuts,
}: {
  current: string;
  onShowShortcuts: () => void;
}) {
  return (
    <nav className="app-nav" aria-label="Main">
      <div className="app-brand" aria-hidden="true">
        <span className="app-brand-mark">◆</span> Waymark
      </div>
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
