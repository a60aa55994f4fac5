import { write } from '../../api/effects';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { TodayCheckIn } from '../../../src-main/contract';
import { useToast } from '../../ui/toast';
import { navigate } from '../../ui/use-route';
import { planGoalHref } from './routes';
import { FormActions } from '../../ui/FormError';

function YesNo({
  legend,
  name,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  value: boolean | null;
  onChange: (value: boolean) => void;
}) {
  return (
    <fieldset className="checkin-question">
      <legend>{legend}</legend>
      {[true, false].map((option) => (
        <label key={String(option)} className="checkin-option">
          <input
            type="radio"
            name={name}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          <span>{option ? 'Yes' : 'No'}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** One goal's check-in: still on track, still realistic, a note, and optionally a reflection. */
export function CheckInCard({ checkIn }: { checkIn: TodayCheckIn }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const id = useId();
  const [onTrack, setOnTrack] = useState<boolean | null>(null);
  const [realistic, setRealistic] = useState<boolean | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (reflect: boolean) => {
    if (onTrack === null || realistic === null) {
      setError('Answer both questions first: Yes or No is enough.');
      return;
    }
    setBusy(true);
    try {
      const { entryId } = await write(queryClient, 'today:answerCheckIn', {
        goalId: checkIn.goalId,
        point: checkIn.point,
        onTrack,
        realistic,
        note,
        reflect,
      });
      if (entryId) {
        navigate('journal', entryId);
      } else {
        toast({ message: `Check-in saved on “${checkIn.title}”.` });
      }
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'Could not save the check-in.');
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(false);
  };

  return (
    <article className="checkin" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        <a href={planGoalHref(checkIn.aspirationId, checkIn.goalId)}>{checkIn.title}</a>
      </h3>
      <p className="checkin-message">
        {checkIn.message} <span aria-hidden="true">·</span>{' '}
        <span className="today-aspiration">{checkIn.aspirationTitle}</span>
      </p>
      <form onSubmit={submit} noValidate>
        <div className="checkin-questions">
          <YesNo
            legend="Still on track?"
            name={`${id}-track`}
            value={onTrack}
            onChange={setOnTrack}
          />
          <YesNo
            legend="Still realistic?"
            name={`${id}-real`}
            value={realistic}
            onChange={setRealistic}
          />
        </div>
        <label className="checkin-note">
          Note (optional)
          <textarea
            rows={2}
            value={note}
            maxLength={4000}
            onChange={(e) => setNote(e.target.value)}
          />
        </label>
        <FormActions
          error={error}
          className="checkin-actions"
          busy={busy}
          submitLabel="Save answer"
        >
          <button type="button" disabled={busy} onClick={() => void save(true)}>
            Save and reflect
          </button>
        </FormActions>
      </form>
    </article>
  );
}
