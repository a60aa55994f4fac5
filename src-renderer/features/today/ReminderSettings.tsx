import { write } from '../../api/effects';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { ReminderSettings as Settings } from '../../../src-main/contract';
import { isDesktop } from '../../api/client';
import { useToast } from '../../ui/toast';
import { todayKeys, useReminderSettings } from './queries';
import { FormError } from '../../ui/FormError';

function ReminderForm({ initial }: { initial: Settings }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [enabled, setEnabled] = useState(initial.enabled);
  const [time, setTime] = useState(initial.time);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const saved = await write(queryClient, 'today:updateReminders', { enabled, time });
      setError(null);
      queryClient.setQueryData(todayKeys.reminders(), saved);
      toast({
        message: saved.enabled
          ? `Waymark will remind you each day at ${saved.time}.`
          : 'Daily reminders are off.',
      });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'Could not save the reminder.');
    }
  };

  return (
    <form className="reminder-form" onSubmit={(event) => void submit(event)} noValidate>
      <label className="reminder-toggle">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(event) => setEnabled(event.target.checked)}
        />
        Remind me every day of what is due
      </label>
      <label>
        Time of day
        <input
          type="time"
          value={time}
          required
          onChange={(event) => setTime(event.target.value)}
          aria-invalid={error ? true : undefined}
        />
      </label>
      <button type="submit">Save reminder settings</button>
      <FormError message={error} />
    </form>
  );
}

/**
 * The optional daily notification; it is sent by the desktop app, on this computer only. The
 * browser edition cannot send one, so it says so once and offers no controls that would do nothing.
 */
export function ReminderSettings() {
  const desktop = isDesktop();
  const settings = useReminderSettings();
  return (
    <section className="today-section today-reminders" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">Daily reminder</h2>
      <p className="today-note">
        {desktop
          ? 'A notification once a day, at the time you choose, summarising what is due. It is worked out on this computer; nothing is sent anywhere.'
          : 'Daily reminders are a notification from the desktop app. This browser edition cannot show one; open Waymark on your computer to set them up.'}
      </p>
      {!desktop ? null : settings.data ? (
        <ReminderForm initial={settings.data} />
      ) : settings.isError ? (
        <FormError message={settings.error.message} />
      ) : null}
    </section>
  );
}
