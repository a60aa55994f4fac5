import type { AspirationNode, AspirationStatus } from '../../../src-main/contract';
import { ASPIRATION_STATUSES } from '../../../src-main/contract/plan';
import { ProgressBar } from '../../ui/ProgressBar';
import { ReorderableList } from '../../ui/ReorderableList';
import { ASPIRATION_STATUS_LABELS } from '../../../src-main/shared/labels';
import { shortDate } from '../../ui/format';
import { planHref } from '../../ui/plan-route';

interface Props {
  aspirations: AspirationNode[];
  filter: AspirationStatus;
  onFilter: (status: AspirationStatus) => void;
  selectedId: string | null;
  onReorder: (orderedIds: string[]) => void;
}

const EMPTY: Record<AspirationStatus, string> = {
  active: 'No active aspirations. Press New aspiration, or start from a template.',
  achieved: 'Nothing marked achieved yet. That day will come.',
  retired: 'No retired aspirations. When your direction changes, retire or pivot one.',
};

/** The aspirations of one status, in the person's order, reorderable by mouse and keyboard. */
export function AspirationList({ aspirations, filter, onFilter, selectedId, onReorder }: Props) {
  const shown = aspirations.filter((a) => a.status === filter);
  return (
    <>
      <div className="plan-filter" role="group" aria-label="Show aspirations">
        {ASPIRATION_STATUSES.map((status) => {
          const count = aspirations.filter((a) => a.status === status).length;
          return (
            <button
              key={status}
              type="button"
              aria-pressed={filter === status}
              onClick={() => onFilter(status)}
            >
              {ASPIRATION_STATUS_LABELS[status]} <span className="plan-filter-count">{count}</span>
            </button>
          );
        })}
      </div>
      {shown.length === 0 ? (
        <p className="empty-hint">{EMPTY[filter]}</p>
      ) : (
        <ReorderableList
          label={`${ASPIRATION_STATUS_LABELS[filter]} aspirations`}
          className="aspiration-list"
          items={shown}
          getId={(a) => a.id}
          getLabel={(a) => a.title}
          onReorder={onReorder}
          renderItem={(aspiration, { buttons }) => (
            <div
              className="aspiration-row"
              aria-current={aspiration.id === selectedId ? 'true' : undefined}
            >
              <a className="aspiration-row-link" href={planHref(aspiration.id)}>
                <span className="aspiration-row-title">{aspiration.title}</span>
                <span className="aspiration-row-meta">
                  {aspiration.horizonDate
                    ? `By ${shortDate(aspiration.horizonDate)}`
                    : 'No horizon'}
                  {' · '}
                  {aspiration.goals.length} {aspiration.goals.length === 1 ? 'goal' : 'goals'}
                  {aspiration.warnings.length > 0 && (
                    <span className="aspiration-row-warn">
                      {' · '}
                      {aspiration.warnings.length}{' '}
                      {aspiration.warnings.length === 1 ? 'warning' : 'warnings'}
                    </span>
                  )}
                </span>
              </a>
              <ProgressBar
                name={`Progress of “${aspiration.title}”`}
                progress={aspiration.progress}
                showLabel={false}
                size="small"
              />
              {buttons}
            </div>
          )}
        />
      )}
    </>
  );
}
