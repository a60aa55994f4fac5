/** A dialog's footer: Cancel, then the one action it is for. */
export function DialogActions({
  confirmLabel,
  onConfirm,
  onCancel,
  disabled = false,
}: {
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** The action cannot run yet (nothing chosen, or it is running). */
  disabled?: boolean;
}) {
  return (
    <>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="button" className="button-primary" disabled={disabled} onClick={onConfirm}>
        {confirmLabel}
      </button>
    </>
  );
}
