import { useState } from 'react';

/**
 * A list column that folds away in a narrow window (narrow.css, max-width 1000px): opening an item
 * folds it, so the item has the room; the toggle, shown only there, brings it back. In a wide
 * window the list is always shown and the toggle is not drawn.
 */
export function useListToggle(itemOpen: boolean) {
  const [collapsed, setCollapsed] = useState(itemOpen);
  const [seen, setSeen] = useState(itemOpen);
  if (seen !== itemOpen) {
    setSeen(itemOpen);
    setCollapsed(itemOpen);
  }
  return { collapsed, toggle: () => setCollapsed((was) => !was) };
}

export function ListToggle({
  label,
  controls,
  collapsed,
  onToggle,
}: {
  label: string;
  controls: string;
  collapsed: boolean;
  onToggle: () => void;
}) {
  return (
    <button
      type="button"
      className="list-toggle"
      aria-expanded={!collapsed}
      aria-controls={controls}
      onClick={onToggle}
    >
      {label}
    </button>
  );
}
