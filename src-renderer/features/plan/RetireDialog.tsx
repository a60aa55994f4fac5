import { useState } from 'react';
import type { Aspiration } from '../../../src-main/contract';
import { Dialog } from '../../ui/Dialog';
import { Field } from './Field';

export const REFLECTION_HINT =
  'Changing direction is a normal part of a career, not a failure. A sentence on why helps you when you look back.';

/** Retires an aspiration with a short reflection on why; it stays visible under Retired. */
export function RetireDialog({
  aspiration,
  onConfirm,
  onClose,
}: {
  aspiration: Aspiration;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}) {
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
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button-primary" onClick={confirm}>
            Retire aspiration
          </button>
        </>
      }
    >
      <Field label="Why are you retiring it?" hint={REFLECTION_HINT} error={error}>
        {(props) => (
          <textarea
            {...props}
            autoFocus
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </Field>
    </Dialog>
  );
}
