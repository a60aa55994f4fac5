import { useState, type ReactNode } from 'react';

/**
 * A list column that folds away in a narrow window (narrow.css, max-width 1000px): opening an item
 * folds it, so the item has the room; the toggle, shown only there, brings it back. In a wide
 * window the list is always shown and the toggle is not drawn.
 */
function useListToggle(itemOpen: boolean) {
  const [collapsed, setCollapsed] = useState(itemOpen);
  const [seen, setSeen] = useState(itemOpen);
  if (seen !== itemOpen) {
    setSeen(itemOpen);
    setCollapsed(itemOpen);
  }
  return { collapsed, toggle: () => setCollapsed((was) => !was) };
}

/**
 * A screen's list column (the journal's entries, the plan's aspirations): a heading, the fold
 * toggle and the screen's own actions, then the list. `className` names the column; its header
 * and actions take `<className>-header` and `<className>-actions`.
 */
export function ListColumn({
  className,
  id,
  label,
  heading,
  toggleLabel,
  itemOpen,
  actions,
  children,
}: {
  className: string;
  id: string;
  /** The column's accessible name, e.g. "Entries". */
  label: string;
  heading: string;
  /** The fold toggle's words, e.g. "All entries". */
  toggleLabel: string;
  /** Whether an item is open beside the list (a narrow window then folds the list). */
  itemOpen: boolean;
  actions: ReactNode;
  children: ReactNode;
}) {
  const fold = useListToggle(itemOpen);
  return (
    <aside className={className} aria-label={label} id={id} data-list-collapsed={fold.collapsed}>
      <div className={`${className}-header`}>
        <h1>{heading}</h1>
        <div className={`${className}-actions`}>
          <button
            type="button"
            className="list-toggle"
            aria-expanded={!fold.collapsed}
            aria-controls={id}
            onClick={fold.toggle}
          >
            {toggleLabel}
          </button>
          {actions}
        </div>
      </div>
      {children}
    </aside>
  );
}
