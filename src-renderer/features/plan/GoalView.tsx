import { useQueryClient } from '@tanstack/react-query';
import { write } from '../../api/effects';
import { useState } from 'react';
import type { AspirationNode, GoalNode } from '../../../src-main/contract';
import { useToast } from '../../ui/toast';
import { LinkedEntries } from '../links/LinkedEntries';
import { GoalEditor } from './GoalEditor';
import { HistoryDialog } from './HistoryDialog';
import { usePlanAction } from './queries';
import { goToPlan, planHref } from '../../ui/plan-route';
import { StepList } from './StepList';
import { useFlushRegistration } from '../../ui/use-flush';

/** One goal: back to its aspiration, its history, the SMART form and its steps. */
export function GoalView({
  goal,
  aspiration,
  today,
}: {
  goal: GoalNode;
  aspiration: AspirationNode;
  today: string;
}) {
  const run = usePlanAction();
  const client = useQueryClient();
  const toast = useToast();
  const [history, setHistory] = useState(false);
  const [generation, setGeneration] = useState(0);
  const { registerFlush, flush } = useFlushRegistration();

  const remove = async () => {
    await flush();
    if (!(await run(() => write(client, 'plan:deleteGoal', { id: goal.id })))) return;
    goToPlan(aspiration.id);
    toast({
      message: `Goal “${goal.title}” deleted.`,
      action: {
        label: 'Undo',
        run: () =>
          void run(() => write(client, 'plan:restoreGoal', { id: goal.id })).then(
            (restored) => restored && goToPlan(aspiration.id, goal.id),
          ),
      },
    });
  };

  return (
    <article className="plan-goal" aria-label={`Goal: ${goal.title}`}>
      <div className="plan-detail-top">
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <a href={planHref(aspiration.id)}>← {aspiration.title}</a>
        </nav>
        <div className="plan-actions" role="group" aria-label="Goal actions">
          <button type="button" onClick={() => setHistory(true)}>
            History
          </button>
          <button type="button" className="button-quiet" onClick={() => void remove()}>
            Delete goal
          </button>
        </div>
      </div>
      <GoalEditor
        key={`${goal.id}:${generation}`}
        goal={goal}
        aspiration={aspiration}
        today={today}
        registerFlush={registerFlush}
      >
        <StepList goal={goal} />
      </GoalEditor>
      <LinkedEntries targetKind="goal" targetId={goal.id} title={goal.title} />
      {history && (
        <HistoryDialog
          kind="goal"
          id={goal.id}
          title={goal.title}
          beforeRestore={flush}
          onRestored={() => setGeneration((g) => g + 1)}
          onClose={() => setHistory(false)}
        />
      )}
    </article>
  );
}
