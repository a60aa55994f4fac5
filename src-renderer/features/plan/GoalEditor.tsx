import { write } from '../../api/effects';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { AspirationNode, GoalNode } from '../../../src-main/contract';
import { goalProgress } from '../../../src-main/shared/plan/progress';
import { smartReport } from '../../../src-main/shared/plan/smart';
import { goalWarnings } from '../../../src-main/shared/plan/warnings';
import { useAutosave } from '../../editor/use-autosave';
import { ProgressBar } from '../../ui/ProgressBar';
import { useToast } from '../../ui/toast';
import { SaveStatus } from '../../ui/SaveStatus';
import { GoalForm } from './GoalForm';
import { takeSmartFormRequest } from './smart-request';
import { draftFromGoal, goalUpdateFromDraft, parseAmount, type GoalDraft } from './goal-draft';
import { SmartLetters } from './SmartLetters';
import { fieldErrorsOf } from './field-errors';
import { WarningList } from './WarningList';

/** What the form says right now, worked out as the person types (before it is saved). */
function live(goal: GoalNode, aspiration: AspirationNode, draft: GoalDraft, today: string) {
  const parsed = goalUpdateFromDraft(goal.id, draft);
  const loose = {
    ...goal,
    ...draft,
    metricTarget: parseAmount(draft.metricTarget) ?? null,
    metricCurrent: parseAmount(draft.metricCurrent) ?? null,
    startDate: draft.startDate || null,
  };
  const smart = smartReport({ ...loose, dueDate: draft.dueDate || null });
  if (!parsed.ok) return { smart, progress: goal.progress, warnings: goal.warnings };
  const typed = { ...loose, dueDate: draft.dueDate };
  return {
    smart,
    progress: goalProgress(typed, goal.steps),
    warnings: goalWarnings(aspiration, { ...typed, steps: goal.steps }, today),
  };
}

/** A goal's SMART form, saved by itself, with its progress and warnings kept up to date. */
export function GoalEditor({
  goal,
  aspiration,
  today,
  registerFlush,
  children,
}: {
  goal: GoalNode;
  aspiration: AspirationNode;
  today: string;
  registerFlush: (flush: (() => Promise<boolean>) | null) => void;
  /** Shown between the summary and the SMART form (the steps). */
  children?: ReactNode;
}) {
  const client = useQueryClient();
  const toast = useToast();
  const saver = useAutosave<GoalDraft>({
    key: `goal:${goal.id}`,
    delayMs: 800,
    validate: (d) => {
      const parsed = goalUpdateFromDraft(goal.id, d);
      return parsed.ok ? null : parsed.errors;
    },
    fieldErrorsOf,
    save: async (d, { keepalive }) => {
      const parsed = goalUpdateFromDraft(goal.id, d);
      if (!parsed.ok) return;
      await write(client, 'plan:updateGoal', parsed.input, { keepalive });
    },
    onAbandoned: (errors) =>
      toast({
        message: `Your last changes to “${goal.title}” were not saved: ${Object.values(errors)[0] ?? 'a field needs fixing'}`,
        tone: 'error',
      }),
  });
  // Changes left on a save that had not gone through when this goal closed are newer than `goal`.
  const [draft, setDraft] = useState<GoalDraft>(() => saver.handed ?? draftFromGoal(goal));
  const latest = useRef<{ synced: string; draft: GoalDraft } | null>(null);
  const { flush } = saver;
  useEffect(() => {
    registerFlush(flush);
    return () => registerFlush(null);
  }, [registerFlush, flush]);

  // A change saved elsewhere (a reschedule on the Timeline, or this form opened from a cached plan
  // the Timeline has changed since) comes in as a newer goal. While nothing typed here waits to
  // be saved, the form takes it: otherwise its next save would put the old values back. Typing in
  // progress wins; this form's own saves come back while it still says Saving, and are left be.
  const [synced, setSynced] = useState(goal.updatedAt);
  if (goal.updatedAt !== synced) {
    setSynced(goal.updatedAt);
    if (saver.state === 'saved') setDraft(draftFromGoal(goal));
  }

  const onChange = (changes: Partial<GoalDraft>) => {
    // Several changes before the next render build on each other, never on a superseded draft.
    const base = latest.current?.synced === synced ? latest.current.draft : draft;
    const next = { ...base, ...changes };
    latest.current = { synced, draft: next };
    setDraft(next);
    saver.change(next);
  };

  const editorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!takeSmartFormRequest(goal.id)) return;
    // After the plan's own scroll to the top of a newly chosen goal (a parent effect, run later).
    const frame = requestAnimationFrame(() => {
      const form = editorRef.current?.querySelector<HTMLElement>('form[aria-label="SMART goal"]');
      form?.scrollIntoView({ block: 'start' });
      form?.querySelector<HTMLElement>('fieldset textarea, fieldset input')?.focus({
        preventScroll: true,
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [goal.id]);

  const now = live(goal, aspiration, draft, today);
  return (
    <div className="goal-editor" ref={editorRef}>
      <header className="goal-editor-head">
        <h2>{draft.title.trim() || goal.title}</h2>
        <SaveStatus state={saver.state} error={saver.failure} />
      </header>
      <div className="goal-editor-summary">
        <ProgressBar name="Goal progress" progress={now.progress} />
        <SmartLetters report={now.smart} />
      </div>
      <WarningList warnings={now.warnings} />
      {children}
      <GoalForm draft={draft} errors={saver.errors} smart={now.smart} onChange={onChange} />
    </div>
  );
}
