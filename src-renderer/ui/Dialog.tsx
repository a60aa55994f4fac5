import { useEffect, useEffectEvent, useId, useRef, type ReactNode } from 'react';
import './dialog.css';

/** What can take focus when the dialog opens, in the order it appears (the close button is last). */
const CONTROLS = [
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'button:not([disabled])',
  'a[href]',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

interface Props {
  /** Shown while true (the default), so a dialog can also be shown by mounting it. */
  open?: boolean;
  /** Escape, the close button and (with `closeOnBackdrop`) a press outside all ask to close. */
  onClose: () => void;
  /** The dialog's name, shown as its heading unless `hideTitle`. */
  title: string;
  hideTitle?: boolean;
  /** Text for the close button instead of ×, where closing means something (e.g. "Skip"). */
  closeText?: string;
  /**
   * false: no close button in the corner (a question whose own buttons answer it, or a step that
   * must not be left). Escape still asks `onClose`, which may refuse.
   */
  closeButton?: boolean;
  /** The id of the text that describes the dialog, read out with its name. */
  describedBy?: string;
  /** A press on the backdrop closes it (for dialogs that hold nothing typed). */
  closeOnBackdrop?: boolean;
  /** Buttons along the bottom, outside the part that scrolls. */
  footer?: ReactNode;
  wide?: boolean;
  className?: string;
  children: ReactNode;
}

/**
 * A modal dialog on the native <dialog>: the browser keeps focus inside it and makes the page
 * behind inert; focus moves in (to the element marked `data-autofocus`, else the first control),
 * Escape asks to close it, and focus returns to where it was. Named by its heading. Its content is
 * mounted only while open, so every opening starts fresh.
 */
export function Dialog({
  open = true,
  onClose,
  title,
  hideTitle,
  closeText,
  closeButton = true,
  describedBy,
  closeOnBackdrop,
  footer,
  wide,
  className,
  children,
}: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const requestClose = useEffectEvent(() => onClose());

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // Not left to the browser, which may choose a scrolling box over the first field.
    const first =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>(CONTROLS);
    first?.focus();
    // Escape: the owner decides (it closes by setting `open` or unmounting).
    // Only the dialog's own: a file chooser closed unanswered fires a `cancel` of its input that
    // bubbles up here, and must not close the dialog it was opened from.
    const onCancel = (event: Event) => {
      if (event.target !== dialog) return;
      event.preventDefault();
      requestClose();
    };
    // The browser may still close it (a second Escape cannot always be refused): keep in step.
    const onNativeClose = (event: Event) => {
      if (event.target === dialog) requestClose();
    };
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onNativeClose);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onNativeClose);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);

  const classes = ['dialog', wide && 'dialog-wide', className].filter(Boolean).join(' ');
  return (
    <dialog
      ref={ref}
      className={classes}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onMouseDown={(event) => {
        // A press on the backdrop is a press on the dialog element itself, outside its box.
        if (closeOnBackdrop && event.target === ref.current) onClose();
      }}
    >
      {open && (
        <>
          <header className="dialog-header">
            <h2 id={titleId} className={hideTitle ? 'visually-hidden' : undefined}>
              {title}
            </h2>
          </header>
          <div className="dialog-body">{children}</div>
          {footer && <footer className="dialog-footer">{footer}</footer>}
          {/* Last in the tab order, first in the corner. */}
          {closeButton && (
            <button
              type="button"
              className={closeText ? 'dialog-close dialog-close-text' : 'dialog-close'}
              aria-label={closeText ? undefined : 'Close'}
              onClick={onClose}
            >
              {closeText ?? '×'}
            </button>
          )}
        </>
      )}
    </dialog>
  );
}
