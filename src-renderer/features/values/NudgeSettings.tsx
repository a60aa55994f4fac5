import { write } from '../../api/effects';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useToast } from '../../ui/toast';
import { FormError } from '../../ui/FormError';

/** After how many days without a check an aspiration is nudged. */
export function NudgeSettings({ nudgeDays }: { nudgeDays: number }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [value, setValue] = useState(String(nudgeDays));
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const days = Number(value);
    if (!Number.isInteger(days) || days < 1 || days > 3650) {
      setError('Use a whole number of days from 1 to 3,650.');
      return;
    }
    try {
      await write(queryClient, 'values:updateSettings', { nudgeDays: days });
      setError(null);
      toast({
        message: `Waymark will remind you after ${days} ${days === 1 ? 'day' : 'days'} without a check.`,
      });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'Could not save the reminder.');
    }
  };

  return (
    <form className="nudge-settings" onSubmit={(event) => void submit(event)} noValidate>
      <label>
        Remind me when an aspiration has gone
        <input
          type="number"
          min={1}
          max={3650}
          step={1}
          inputMode="numeric"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'nudge-days-error' : undefined}
        />
        days without a check
      </label>
      <button type="submit">Save reminder</button>
      <FormError message={error} id="nudge-days-error" />
    </form>
  );
}
