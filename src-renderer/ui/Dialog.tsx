import { useEffect, useId, useRef, type ReactNode } from 'react';
import './dialog.css';

interface Props {
  open: boolean;
  onClose: () => void;
  /** The dialog's name, shown as its heading unless `hideTitle`. */
  title: string;
  hideTitle?: boolean;
  className?: string;
  children: ReactNode;
}

/**
 * A modal dialog on the native <dialog>: focus moves in (to the element marked `data-autofocus`,
 * else the first control) and stays in while it is open, Escape closes it, and focus returns to
 * where it was. Its content is mounted only while open, so every opening starts fresh.
 */
export function Dialog({ open, onClose, title, hideTitle, className, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onNativeClose = () => onClose();
    dialog.addEventListener('close', onNativeClose);
    return () => dialog.removeEventListener('close', onNativeClose);
  }, [onClose]);

  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      onMouseDown={(event) => {
        // A press on the backdrop (the dialog element itself, outside its box) closes it.
        if (event.target === ref.current) onClose();
      }}
    >
      {open && (
        <div className="dialog-body">
          <header className="dialog-header">
            <h2 id={titleId} className={hideTitle ? 'visually-hidden' : undefined}>
              {title}
            </h2>
          </header>
          {children}
          {/* Last in the tab order, first in the corner. */}
          <button type="button" className="dialog-close" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </div>
      )}
    </dialog>
  );
}
