import { useState } from 'react';
import type { AspirationDialogProps } from './aspiration-dialog';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { ReasonField } from './ReasonField';

/** Retires an aspiration with a short reflection on why; it stays visible under Retired. */
export function RetireDialog({ aspiration, onConfirm, onClose }: AspirationDialogProps<string>) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const confirm = () => {
    if (reason.trim() === '') return setError('Say in a sentence why it changed.');
    onConfirm(reason.trim());
  };
  return (
    <Dialog
      title={`Retire “${aspiration.title}”`}
      onClose={onClose}
      footer={
        <DialogActions confirmLabel="Retire aspiration" onConfirm={confirm} onCancel={onClose} />
      }
    >
      <ReasonField
        label="Why are you retiring it?"
        value={reason}
        onChange={setReason}
        error={error}
      />
    </Dialog>
  );
}
