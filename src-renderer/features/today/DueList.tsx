import type { TodayDueItem } from '../../../src-main/contract';
import { dateInWords, daysInWords } from '../../../src-main/shared/date-words';
import { planGoalHref } from './routes';

function when(days: number): string {
  if (days < 0) return `${daysInWords(days)} overdue`;
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  return `due in ${daysInWords(days)}`;
}

/** Goals and steps with their due dates; each opens its goal on the Plan screen. */
export function DueList({ items, label }: { items: TodayDueItem[]; label: string }) {
  return (
    <ul className="today-list" aria-label={label}>
      {items.map((item) => (
        <li key={`${item.kind}-${item.id}`} className={item.days < 0 ? 'is-overdue' : undefined}>
          <div className="today-item-main">
            {item.kind === 'step' && (
              <span className="today-step">
                <span className="today-kind">Step</span> {item.title}{' '}
                <span aria-hidden="true">·</span>{' '}
              </span>
            )}
            <a href={planGoalHref(item.aspirationId, item.goalId)}>{item.goalTitle}</a>
          </div>
          <div className="today-item-meta">
            <span className="today-when">
              {item.days < 0 && (
                <span className="today-flag" aria-hidden="true">
                  !
                </span>
              )}
              {when(item.days)}
            </span>{' '}
            <span>({dateInWords(item.dueDate)})</span> <span aria-hidden="true">·</span>{' '}
            <span className="today-aspiration">{item.aspirationTitle}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
