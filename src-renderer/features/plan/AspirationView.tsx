import { write } from '../../api/effects';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AspirationNode, PlanTree } from '../../../src-main/contract';
import { ProgressBar } from '../../ui/ProgressBar';
import { LinkedEntries } from '../links/LinkedEntries';
import { AspirationActions } from './AspirationActions';
import { AspirationEditor } from './AspirationEditor';
import { ASPIRATION_STATUS_LABELS } from '../../../src-main/shared/labels';
import { shortDate } from '../../ui/format';
import { GoalList } from './GoalList';
import { NewGoalForm } from './NewGoalForm';
import { reorderLocally, usePlanAction } from './queries';
import { planHref } from '../../ui/plan-route';
import { WarningList } from './WarningList';
import { WorkBackwardsDialog } from './WorkBackwardsDialog';
import { useFlushRegistration } from '../../ui/use-flush';

/** One aspiration: its words (saved as typed), where it stands, and its goals. */
export function AspirationView({
  aspiration,
  tree,
}: {
  aspiration: AspirationNode;
  tree: PlanTree;
}) {
  const client = useQueryClient();
  const run = usePlanAction();
  const [adding, setAdding] = useState(false);
  const [backwards, setBackwards] = useState(false);
  // Bumped after a restore, so the editor starts again from the restored words.
  const [generation, setGeneration] = useState(0);
  const { registerFlush, flush } = useFlushRegistration();

  const replacement = aspiration.replacedBy
    ? tree.aspirations.find((a) => a.id === aspiration.replacedBy)
    : undefined;

  const reorderGoals = (orderedIds: string[]) => {
    reorderLocally(client, { kind: 'goals', aspirationId: aspiration.id }, orderedIds);
    void run(() => write(client, 'plan:reorderGoals', { aspirationId: aspiration.id, orderedIds }));
  };

  return (
    <article className="plan-aspiration" aria-labelledby={`aspiration-${aspiration.id}`}>
      <h2 id={`aspiration-${aspiration.id}`} className="visually-hidden">
        {aspiration.title}
      </h2>
      <div className="plan-detail-top">
        <AspirationActions
          aspiration={aspiration}
          flush={flush}
          onRestored={() => setGeneration((g) => g + 1)}
        />
      </div>
      {aspiration.status === 'retired' && (
        <div className="plan-note">
          {aspiration.retiredReason && <p>Why it changed: “{aspiration.retiredReason}”</p>}
          {replacement && (
            <p>
              Replaced by <a href={planHref(replacement.id)}>{replacement.title}</a>.
            </p>
          )}
        </div>
      )}
      <AspirationEditor
        key={`${aspiration.id}:${generation}`}
        aspiration={aspiration}
        registerFlush={registerFlush}
        status={
          <span className={`status-chip status-${aspiration.status}`}>
            {ASPIRATION_STATUS_LABELS[aspiration.status]}
            {aspiration.achievedOn && ` on ${shortDate(aspiration.achievedOn)}`}
            {aspiration.retiredOn && ` on ${shortDate(aspiration.retiredOn)}`}
          </span>
        }
      />
      <ProgressBar name="Aspiration progress" progress={aspiration.progress} />
      <WarningList warnings={aspiration.warnings} />

      <section className="plan-goals" aria-labelledby="plan-goals-heading">
        <div className="plan-section-head">
          <h3 id="plan-goals-heading">Goals</h3>
          <button type="button" className="button-primary" onClick={() => setAdding(true)}>
            Add goal
          </button>
          <button type="button" onClick={() => void flush().then(() => setBackwards(true))}>
            Work backwards
          </button>
        </div>
        {adding && (
          <NewGoalForm
            aspirationId={aspiration.id}
            horizonDate={aspiration.horizonDate}
            onDone={() => setAdding(false)}
          />
        )}
        <GoalList aspiration={aspiration} onReorder={reorderGoals} />
      </section>
      <LinkedEntries targetKind="aspiration" targetId={aspiration.id} title={aspiration.title} />
      {backwards && (
        <WorkBackwardsDialog aspiration={aspiration} onClose={() => setBackwards(false)} />
      )}
    </article>
  );
}
