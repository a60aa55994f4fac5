import { dateInWords } from '../../../src-main/shared/date-words';
import { hrefFor } from '../../ui/use-route';
import { CheckInCard } from './CheckInCard';
import { DueList } from './DueList';
import { useTodayView } from './queries';
import { ReminderSettings } from './ReminderSettings';
import { valuesCheckHref } from './routes';
import './today.css';
import { FormError } from '../../ui/FormError';

/** The landing view: what needs attention today, each item opening where it can be acted on. */
export function TodayScreen() {
  const view = useTodayView();

  if (view.isError) {
    return (
      <div className="today-screen">
        <div className="today">
          <h1>Today</h1>
          <FormError message={view.error.message} />
        </div>
      </div>
    );
  }
  if (!view.data) return <p className="today-loading">Loading…</p>;

  const { today, overdue, upcoming, checkIns, values } = view.data;
  const nothing = overdue.length + upcoming.length + checkIns.length + values.length === 0;

  return (
    <div className="today-screen">
      <div className="today">
        <header className="today-header">
          <h1>Today</h1>
          <p className="today-date">{dateInWords(today)}</p>
        </header>

        {nothing && (
          <div className="empty-state">
            <h2>Nothing needs you today</h2>
            <p>
              No goal or step is overdue or due in the next two weeks, and no check-in is waiting. A
              good day to <a href={hrefFor('journal', 'new')}>write in your journal</a>.
            </p>
          </div>
        )}

        {overdue.length > 0 && (
          <section className="today-section" aria-labelledby="overdue-heading">
            <h2 id="overdue-heading">Overdue</h2>
            <DueList items={overdue} label="Overdue" />
          </section>
        )}

        {checkIns.length > 0 && (
          <section className="today-section" aria-labelledby="checkins-heading">
            <h2 id="checkins-heading">Check-ins</h2>
            <p className="today-note">
              A moment to ask whether each goal is still on track and still realistic. Your answer
              is kept with the goal.
            </p>
            <div className="checkins">
              {checkIns.map((checkIn) => (
                <CheckInCard key={`${checkIn.goalId}-${checkIn.point}`} checkIn={checkIn} />
              ))}
            </div>
          </section>
        )}

        {upcoming.length > 0 && (
          <section className="today-section" aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading">Due in the next 14 days</h2>
            <DueList items={upcoming} label="Due in the next 14 days" />
          </section>
        )}

        {values.length > 0 && (
          <section className="today-section" aria-labelledby="values-heading">
            <h2 id="values-heading">Check against your values</h2>
            <ul className="today-list" aria-label="Check against your values">
              {values.map((nudge) => (
                <li key={nudge.aspirationId}>
                  <div className="today-item-main">
                    <a href={valuesCheckHref(nudge.aspirationId)}>{nudge.title}</a>
                  </div>
                  <div className="today-item-meta">{nudge.message}</div>
                </li>
              ))}
            </ul>
          </section>
        )}

        <ReminderSettings />
      </div>
    </div>
  );
}
