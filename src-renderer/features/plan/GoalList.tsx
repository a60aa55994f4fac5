import type { AspirationNode } from '../../../src-main/contract';
import { ProgressBar } from '../../ui/ProgressBar';
import { ReorderableList } from '../../ui/ReorderableList';
import { GOAL_STATUS_LABELS } from '../../../src-main/shared/labels';
import { shortDate } from '../../ui/format';
import { planHref } from '../../ui/plan-route';
import { SmartLetters } from './SmartLetters';

/** An aspiration's goals as cards, in the person's order, reorderable by mouse and keyboard. */
export function GoalList({
  aspiration,
  onReorder,
}: {
  aspiration: AspirationNode;
  onReorder: (orderedIds: string[]) => void;
}) {
  if (aspiration.goals.length === 0) {
    return (
      <p className="empty-hint">
        No goals yet. Work backwards: what has to be true just before you reach this aspiration? Add
        that as a goal, then ask what comes before it.
      </p>
    );
  }
  return (
    <ReorderableList
      label="Goals"
      className="goal-list"
      items={aspiration.goals}
      getId={(g) => g.id}
      getLabel={(g) => g.title}
      onReorder={onReorder}
      renderItem={(goal, { buttons, index }) => (
        <article className={`goal-card goal-${goal.status}`} aria-label={goal.title}>
          <span className="goal-card-handle" aria-hidden="true" title="Drag to reorder">
            ⋮⋮
          </span>
          <div className="goal-card-main">
            <div className="goal-card-top">
              <span className="goal-card-number" aria-hidden="true">
                {index + 1}
              </span>
              <a className="goal-card-title" href={planHref(aspiration.id, goal.id)}>
                {goal.title}
              </a>
              <span className={`status-chip status-${goal.status}`}>
                {GOAL_STATUS_LABELS[goal.status]}
              </span>
            </div>
            <div className="goal-card-meta">
              <span>
                {goal.startDate ? `${shortDate(goal.startDate)} → ` : 'Due '}
                {shortDate(goal.dueDate)}
              </span>
              <SmartLetters report={goal.smart} compact />
              {goal.warnings.length > 0 && (
                <span className="goal-card-warn">
                  {goal.warnings.length} {goal.warnings.length === 1 ? 'warning' : 'warnings'}
                </span>
              )}
            </div>
            <ProgressBar
              name={`Progress of “${goal.title}”`}
              progress={goal.progress}
              size="small"
            />
          </div>
          {buttons}
        </article>
      )}
    />
  );
}
