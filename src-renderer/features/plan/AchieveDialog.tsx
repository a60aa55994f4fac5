import { useState } from 'react';
import type { AspirationDialogProps } from './aspiration-dialog';
import { localDate } from '../../../src-main/shared/calendar';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { DateField } from './Field';

/** Marks an aspiration achieved, on the day the person says (today unless they change it). */
export function AchieveDialog({ aspiration, onConfirm, onClose }: AspirationDialogProps<string>) {
  const [date, setDate] = useState(localDate());
  const [error, setError] = useState<string | null>(null);
  const confirm = () => {
    if (date === '') return setError('Choose the day you got there.');
    onConfirm(date);
  };
  return (
    <Dialog
      title={`Mark “${aspiration.title}” achieved`}
      onClose={onClose}
      footer={<DialogActions confirmLabel="Mark achieved" onConfirm={confirm} onCancel={onClose} />}
    >
      <p>You got there. Waymark keeps the aspiration, its goals and its history under Achieved.</p>
      <DateField label="Achieved on" error={error} value={date} onChange={setDate} />
    </Dialog>
  );
}
