import { useId, useState } from 'react';
import {
  coachResumeLine,
  draftResumeLine,
  resumeLineOf,
} from '../../../src-main/shared/achievements/resume-line';
import type { AchievementView } from '../../../src-main/contract';
import { FormError } from '../../ui/FormError';

/**
 * The résumé line: the person's own wording, or Waymark's draft until they write one, coached as
 * they type (verb first, a number, the outcome, under 25 words). Saved when they choose *Save line*;
 * *Use the draft* goes back to the draft.
 */
export function ResumeLineEditor({
  achievement,
  onSave,
}: {
  achievement: AchievementView;
  onSave: (line: string | null) => Promise<void>;
}) {
  const id = useId();
  const saved = resumeLineOf({
    ...achievement,
    goalTitle: achievement.goal?.title,
    aspirationTitle: achievement.aspiration?.title,
  });
  const [text, setText] = useState(saved);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const hints = coachResumeLine(text);
  const changed = text.trim() !== saved;
  const own = achievement.resumeLine !== null;

  const save = async (line: string | null) => {
    setBusy(true);
    setError(null);
    try {
      await onSave(line);
      if (line === null) {
        setText(
          draftResumeLine({
            ...achievement,
            goalTitle: achievement.goal?.title,
            aspirationTitle: achievement.aspiration?.title,
          }),
        );
      }
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'The line could not be saved.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="resume-line">
      <label htmlFor={`${id}-line`} className="field-label">
        Résumé line {own ? '(your wording)' : '(draft)'}
      </label>
      <textarea
        id={`${id}-line`}
        rows={2}
        value={text}
        maxLength={400}
        aria-describedby={`${id}-coach`}
        aria-invalid={error ? true : undefined}
        onChange={(event) => setText(event.target.value.replace(/[\r\n]+/g, ' '))}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            if (changed) void save(text.trim() || null);
          }
        }}
      />
      <ul id={`${id}-coach`} className="resume-coach" aria-label="Coaching">
        {hints.map((hint) => (
          <li key={hint.key} className={hint.ok ? 'coach-ok' : 'coach-todo'}>
            <span aria-hidden="true">{hint.ok ? '✓' : '•'}</span>{' '}
            <span className="visually-hidden">{hint.ok ? 'Done: ' : 'To do: '}</span>
            {hint.ok ? hint.label : hint.hint}
          </li>
        ))}
      </ul>
      <div className="resume-actions">
        <button
          type="button"
          disabled={!changed || busy}
          onClick={() => void save(text.trim() || null)}
        >
          Save line
        </button>
        {own && (
          <button
            type="button"
            className="button-quiet"
            disabled={busy}
            onClick={() => void save(null)}
          >
            Use the draft
          </button>
        )}
      </div>
      <FormError message={error} />
    </div>
  );
}
