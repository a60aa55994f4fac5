import { useRef, useState, type DragEvent, type KeyboardEvent, type ReactNode } from 'react';
import { moveItem } from './reorder';
import './primitives.css';

export interface ReorderControls {
  index: number;
  count: number;
  /** The Move up / Move down buttons, named after the item. */
  buttons: ReactNode;
}

interface Props<T> {
  items: readonly T[];
  getId: (item: T) => string;
  /** How the item is named in the buttons and announcements. */
  getLabel: (item: T) => string;
  /** The list's accessible name. */
  label: string;
  onReorder: (orderedIds: string[]) => void;
  renderItem: (item: T, controls: ReorderControls) => ReactNode;
  className?: string;
}

/** The two buttons beside each item: up one place, down one place. */
const MOVES = [
  { word: 'up', arrow: '↑', step: -1 },
  { word: 'down', arrow: '↓', step: 1 },
] as const;

/**
 * A list a person can reorder with the mouse (drag an item) and with the keyboard (Alt+Arrow Up or
 * Down anywhere in an item, or its Move up / Move down buttons). Each move is announced. The
 * parent owns the order: `onReorder` receives the new order of ids, once per move.
 */
export function ReorderableList<T>({
  items,
  getId,
  getLabel,
  label,
  onReorder,
  renderItem,
  className,
}: Props<T>) {
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<{ id: string; after: boolean } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const draggedId = useRef<string | null>(null);
  const ids = items.map(getId);

  const move = (from: number, to: number) => {
    if (to < 0 || to >= items.length || from === to) return;
    const next = moveItem(ids, from, to);
    onReorder(next);
    const item = items[from] as T;
    setAnnouncement(`“${getLabel(item)}” moved to position ${to + 1} of ${items.length}.`);
  };

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    // In a text field Alt+Arrow belongs to the field (and to the platform's text shortcuts).
    const target = event.target as HTMLElement;
    if (
      target.closest(
        'input:not([type=checkbox]):not([type=radio]), textarea, select, [contenteditable=true]',
      )
    )
      return;
    if (event.key === 'ArrowUp') {
      event.preventDefault();
      move(index, index - 1);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(index, index + 1);
    }
  };

  const onDragOver = (event: DragEvent<HTMLLIElement>, id: string) => {
    if (!draggedId.current) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    const box = event.currentTarget.getBoundingClientRect();
    const after = event.clientY > box.top + box.height / 2;
    if (dropTarget?.id !== id || dropTarget.after !== after) setDropTarget({ id, after });
  };

  const onDrop = (event: DragEvent<HTMLLIElement>, id: string) => {
    const source = draggedId.current;
    if (!source) return;
    event.preventDefault();
    const from = ids.indexOf(source);
    const box = event.currentTarget.getBoundingClientRect();
    const after = event.clientY > box.top + box.height / 2;
    let to = ids.indexOf(id) + (after ? 1 : 0);
    if (from < to) to -= 1;
    endDrag();
    move(from, to);
  };

  const endDrag = () => {
    draggedId.current = null;
    setDragging(null);
    setDropTarget(null);
  };

  return (
    <>
      <ol className={`reorderable ${className ?? ''}`} aria-label={label}>
        {items.map((item, index) => {
          const id = getId(item);
          const name = getLabel(item);
          const first = index === 0;
          const last = index === items.length - 1;
          const buttons = (
            <span className="reorder-buttons">
              {MOVES.map((way) => (
                <button
                  key={way.word}
                  type="button"
                  className="reorder-button"
                  aria-label={`Move “${name}” ${way.word}`}
                  title={`Move ${way.word} (Alt+${way.arrow})`}
                  aria-disabled={(way.step < 0 ? first : last) || undefined}
                  onClick={() => move(index, index + way.step)}
                >
                  {way.arrow}
                </button>
              ))}
            </span>
          );
          const classes = [
            'reorderable-item',
            dragging === id ? 'is-dragging' : '',
            dropTarget?.id === id ? (dropTarget.after ? 'drop-after' : 'drop-before') : '',
          ].join(' ');
          return (
            <li
              key={id}
              className={classes}
              draggable
              onDragStart={(event) => {
                // Text selection inside inputs must keep working: only drag from the item itself.
                if ((event.target as HTMLElement).closest('input, textarea, select')) {
                  event.preventDefault();
                  return;
                }
                draggedId.current = id;
                setDragging(id);
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData('text/plain', name);
              }}
              onDragOver={(event) => onDragOver(event, id)}
              onDragLeave={() => dropTarget?.id === id && setDropTarget(null)}
              onDrop={(event) => onDrop(event, id)}
              onDragEnd={endDrag}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {renderItem(item, { index, count: items.length, buttons })}
            </li>
          );
        })}
      </ol>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </>
  );
}
