import { write } from '../../api/effects';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { call } from '../../api/client';
import { Dialog } from '../../ui/Dialog';
import { navigate } from '../../ui/use-route';
import { AspirationStep, type AspirationChoice } from './AspirationStep';
import { welcomeKeys } from './queries';
import './welcome.css';
import { FormError } from '../../ui/FormError';

const STEPS = ['Aspiration', 'First goal', 'Reflection'] as const;

/**
 * The first-run welcome: an aspiration, one goal worked back from it with a due date, and a first
 * reflection. Nothing is saved until Finish (all or none); Skip (or Escape) saves nothing but the
 * choice.
 */
export function Welcome() {
  const queryClient = useQueryClient();
  const [step, setStep] = useState(0);
  const [aspiration, setAspiration] = useState<AspirationChoice>({ kind: 'own', title: '' });
  const [goalTitle, setGoalTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [reflection, setReflection] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formId = useId();

  const close = async (channel: 'welcome:skip' | null) => {
    if (channel) {
      const state = await call(channel, {});
      queryClient.setQueryData(welcomeKeys.state(), state);
    } else {
      queryClient.setQueryData(welcomeKeys.state(), { show: false, outcome: 'done' });
    }
  };

  const problem = (): string | null => {
    if (step === 0) {
      if (aspiration.kind === 'own' && aspiration.title.trim() === '') {
        return 'Write your aspiration in a few words, or pick a template.';
      }
      if (aspiration.kind === 'template' && aspiration.id === '')
        return 'Pick one of the templates.';
    }
    if (step === 1) {
      if (goalTitle.trim() === '') return 'Name one goal that must come first.';
      if (dueDate === '') return 'A goal needs a due date: choose the day you mean to reach it by.';
    }
    if (step === 2 && reflection.trim() === '') {
      return 'Write a line or two: it is the start of your journal.';
    }
    return null;
  };

  const next = async (event: FormEvent) => {
    event.preventDefault();
    const found = problem();
    setError(found);
    if (found) return;
    if (step < STEPS.length - 1) {
      setStep(step + 1);
      return;
    }
    setBusy(true);
    try {
      await write(queryClient, 'welcome:complete', {
        aspiration:
          aspiration.kind === 'own' ? { title: aspiration.title } : { templateId: aspiration.id },
        goal: { title: goalTitle, dueDate },
        reflection,
      });
      await close(null);
      navigate('today');
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'Could not save your first plan.');
      setBusy(false);
    }
  };

  return (
    <Dialog
      title="Welcome to Waymark"
      onClose={() => void close('welcome:skip')}
      closeText="Skip"
      className="welcome"
      footer={
        <>
          {step > 0 && (
            <button
              type="button"
              onClick={() => {
                setError(null);
                setStep(step - 1);
              }}
            >
              Back
            </button>
          )}
          <button type="submit" form={formId} className="button-primary" disabled={busy}>
            {step < STEPS.length - 1 ? 'Next' : 'Finish'}
          </button>
        </>
      }
    >
      <form id={formId} onSubmit={(event) => void next(event)} noValidate>
        <ol className="welcome-progress" aria-label="Steps">
          {STEPS.map((name, index) => (
            <li key={name} aria-current={index === step ? 'step' : undefined}>
              {index + 1}. {name}
            </li>
          ))}
        </ol>
        {step === 0 && <AspirationStep choice={aspiration} onChange={setAspiration} />}
        {step === 1 && (
          <div className="welcome-step">
            <h3>Work back one goal</h3>
            <p className="welcome-note">
              What is one concrete milestone on the way there, and by when will you reach it? A goal
              without a date is only a wish.
            </p>
            <label className="welcome-field">
              Goal
              <input
                type="text"
                autoFocus
                maxLength={200}
                value={goalTitle}
                placeholder="e.g. Lead one client project end to end"
                onChange={(event) => setGoalTitle(event.target.value)}
              />
            </label>
            <label className="welcome-field">
              Due date
              <input
                type="date"
                value={dueDate}
                required
                onChange={(event) => setDueDate(event.target.value)}
              />
            </label>
          </div>
        )}
        {step === 2 && (
          <div className="welcome-step">
            <h3>Your first reflection</h3>
            <p className="welcome-note">
              Why does this matter to you, and why now? A few honest lines are plenty; they become
              the first entry in your journal.
            </p>
            <label className="welcome-field">
              Reflection
              <textarea
                autoFocus
                rows={5}
                value={reflection}
                onChange={(event) => setReflection(event.target.value)}
              />
            </label>
          </div>
        )}
        <FormError message={error} />
      </form>
    </Dialog>
  );
}
