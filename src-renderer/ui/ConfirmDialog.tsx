import { useId, type ReactNode } from 'react';
import { Dialog } from './Dialog';

interface Props {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Shown on the confirm button while the action runs. */
  busyLabel?: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal question on the one dialog primitive: announced with its title and text, Escape
 * cancels (not while the action runs), focus starts on Cancel, the safe choice, and returns to
 * where it was when the question closes.
 */
export function ConfirmDialog(props: Props) {
  const { open, title, children, confirmLabel, busyLabel, busy, onConfirm, onCancel } = props;
  const textId = useId();
  return (
    <Dialog
      open={open}
      title={title}
      describedBy={textId}
      closeButton={false}
      onClose={() => {
        if (!busy) onCancel();
      }}
      footer={
        <>
          <button type="button" onClick={onCancel} disabled={busy} data-autofocus>
            Cancel
          </button>
          <button type="button" className="button-primary" onClick={onConfirm} disabled={busy}>
            {busy ? (busyLabel ?? confirmLabel) : confirmLabel}
          </button>
        </>
      }
    >
      <div id={textId}>{children}</div>
    </Dialog>
  );
}
