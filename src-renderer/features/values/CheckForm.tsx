import { write } from '../../api/effects';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import type { ValuesAspiration, ValuesCheck } from '../../../src-main/contract';
import { localDate } from '../../../src-main/shared/calendar';
import { VALUES_QUESTIONS } from '../../../src-main/shared/values/questions';
import { useAutosave } from '../../editor/use-autosave';
import { useToast } from '../../ui/toast';
import { DraftStatus } from './DraftStatus';
import {
  REQUIRED_PARTS,
  requiredDone,
  checkInput,
  draftInput,
  initialState,
  missingParts,
  withAnswer,
  type CheckFormState,
} from './form-state';
import { QuestionField } from './QuestionField';
import { RatingField } from './RatingField';
import { go, valuesCheckHref, valuesHistoryHref, valuesHref } from './routes';
import { FormActions } from '../../ui/FormError';
import { BackLink } from './ValuesNav';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'Unknown problem.';
}

function focusField(field: string): void {
  const item =
    document.getElementById(`vq-${field}-item`) ?? document.getElementById(`vr-${field}-item`);
  item?.querySelector<HTMLInputElement>('input')?.focus();
}

interface Props {
  aspiration: ValuesAspiration;
  draft: ValuesCheck | null;
}

/**
 * The check itself: eight questions, two ratings, Save check. Every change is kept as the
 * aspiration's draft about a second later (and when the form closes), so a check can be finished
 * another day.
 */
export function CheckForm({ aspiration, draft }: Props) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const today = localDate();
  const [draftId, setDraftId] = useState<string | null>(draft?.id ?? null);
  const [showMissing, setShowMissing] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  /**
   * Set while the check is being saved or the draft discarded, and for good once done: the draft
   * is not written meanwhile (a save then writes nothing).
   */
  const finished = useRef(false);
  const autosave = useAutosave<CheckFormState>({
    key: `values:${aspiration.id}`,
    save: async (form, { keepalive }) => {
      if (finished.current) return;
      const input = draftInput(aspiration.id, form);
      const saved = await write(queryClient, 'values:saveDraft', input, { keepalive });
      setDraftId(saved.id);
    },
  });
  const { change, flush } = autosave;
  // Answers left on a save that had not gone through when the form closed are the newest.
  const [state, setState] = useState<CheckFormState>(
    () => autosave.handed ?? initialState(draft, today),
  );
  const stateRef = useRef(state);

  const update = (next: CheckFormState) => {
    stateRef.current = next;
    setState(next);
    change(next);
  };

  /** Holds the draft back while `step` runs; if it fails, what was not saved is saved again. */
  const finishing = async (step: () => Promise<void>): Promise<void> => {
    // Written first, so no late draft save can arrive after the check or the delete.
    const saved = await flush();
    finished.current = true;
    try {
      await step();
    } catch (error) {
      finished.current = false;
      if (!saved) change(stateRef.current);
      throw error;
    }
  };

  const missing = missingParts(state);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const input = checkInput(aspiration.id, state);
    if (!input) {
      setShowMissing(true);
      if (missing[0]) focusField(missing[0].field);
      return;
    }
    setSubmitting(true);
    setSubmitError(null);
    try {
      await finishing(async () => {
        await write(queryClient, 'values:saveCheck', input);
      });
      toast({ message: `Check of “${aspiration.title}” saved.` });
      go(valuesHistoryHref(aspiration.id));
    } catch (error) {
      // The draft keeps being saved while the person fixes what was refused.
      setSubmitError(messageOf(error));
      setSubmitting(false);
    }
  };

  const discard = async () => {
    if (!draftId) return;
    try {
      await finishing(async () => {
        await write(queryClient, 'values:deleteCheck', { id: draftId });
      });
      go(valuesHref());
      toast({
        message: `Draft check of “${aspiration.title}” discarded.`,
        action: {
          label: 'Undo',
          run: async () => {
            try {
              await write(queryClient, 'values:restoreCheck', { id: draftId });
              go(valuesCheckHref(aspiration.id));
            } catch (error) {
              toast({ message: messageOf(error), tone: 'error' });
            }
          },
        },
      });
    } catch (error) {
      toast({ message: messageOf(error), tone: 'error' });
    }
  };

  const changeDate = (value: string) => {
    if (value === '') return setDateError('A check needs a day.');
    if (value > today) return setDateError('A check cannot be dated in the future.');
    setDateError(null);
    update({ ...stateRef.current, checkedOn: value });
  };

  const invalid = (field: string) => showMissing && missing.some((m) => m.field === field);

  return (
    <div className="values-check">
      <BackLink href={valuesHistoryHref(aspiration.id)}>← {aspiration.title}: history</BackLink>
      <header className="values-check-header">
        <div>
          <h1>Check values</h1>
          <p className="values-sub">{aspiration.title}</p>
        </div>
        <DraftStatus state={autosave.state} started={draftId !== null} error={autosave.failure} />
      </header>
      <p className="values-intro">
        Answer each question for this aspiration as it stands for you today. There are no wrong
        answers: a Partly or a No is something to think about, not a failure.
      </p>
      <form onSubmit={(event) => void save(event)} noValidate>
        <fieldset disabled={submitting} className="values-check-fields">
          <legend className="visually-hidden">The values check</legend>
          <label className="values-date">
            Day of the check
            <input
              type="date"
              value={state.checkedOn}
              max={today}
              required
              onChange={(event) => changeDate(event.target.value)}
              aria-invalid={dateError ? true : undefined}
            />
            {dateError && (
              <span className="field-error" role="alert">
                {dateError}
              </span>
            )}
          </label>
          <ol className="vq-list">
            {VALUES_QUESTIONS.map((question, index) => (
              <QuestionField
                key={question.key}
                number={index + 1}
                question={question}
                value={state.answers[question.key]}
                invalid={invalid(question.key)}
                onAnswer={(answer) =>
                  update(withAnswer(stateRef.current, question.key, { answer }))
                }
                onNote={(note) => update(withAnswer(stateRef.current, question.key, { note }))}
              >
                {question.key === 'excitementFear' && (
                  <div className="vr-pair">
                    <RatingField
                      scale="excitement"
                      value={state.excitement}
                      invalid={invalid('excitement')}
                      onChange={(excitement) => update({ ...stateRef.current, excitement })}
                    />
                    <RatingField
                      scale="fear"
                      value={state.fear}
                      invalid={invalid('fear')}
                      onChange={(fear) => update({ ...stateRef.current, fear })}
                    />
                  </div>
                )}
              </QuestionField>
            ))}
          </ol>
        </fieldset>
        {showMissing && missing.length > 0 && (
          <div className="values-missing" role="alert">
            <p>Before saving, please complete:</p>
            <ul>
              {missing.map((item) => (
                <li key={item.field}>{item.message}</li>
              ))}
            </ul>
          </div>
        )}
        <FormActions
          error={submitError}
          className="values-actions"
          busy={submitting}
          submitLabel="Save check"
        >
          {draftId && (
            <button type="button" className="button-quiet" onClick={() => void discard()}>
              Discard draft
            </button>
          )}
          <span className="values-progress">
            {/* Counted as Save check counts: the two ratings in question 8 are needed too. */}
            {requiredDone(state)} of {REQUIRED_PARTS} done (8 answers, 2 ratings)
          </span>
        </FormActions>
      </form>
    </div>
  );
}
