import { hrefFor } from '../../ui/use-route';
import { useValuesOverview } from './queries';
import { valuesCheckHref } from './routes';
import { NudgeSettings } from './NudgeSettings';
import { Scorecard } from './Scorecard';
import { useReflect } from './use-reflect';
import { FormError } from '../../ui/FormError';

/** Every aspiration's scorecard, the gentle nudges, and retired aspirations' checks below. */
export function Overview() {
  const overview = useValuesOverview();
  const { reflect, busyId } = useReflect();

  if (overview.isError) {
    return <FormError message={overview.error.message} />;
  }
  if (!overview.data) return <p className="values-loading">Loading…</p>;

  const { scorecards, nudges, nudgeDays } = overview.data;
  const current = scorecards.filter((card) => card.aspiration.status !== 'retired');
  const retired = scorecards.filter((card) => card.aspiration.status === 'retired');
  const card = (item: (typeof scorecards)[number]) => (
    <Scorecard
      key={item.aspiration.id}
      card={item}
      onReflect={(id) => void reflect(id)}
      reflecting={busyId !== null}
    />
  );

  return (
    <div className="values-overview">
      <header className="values-header">
        <h1>Values</h1>
        <p className="values-intro">
          Test each aspiration against what matters to you, and check again from time to time: an
          aspiration that fit last year may not fit now, and that is worth knowing.
        </p>
      </header>

      {nudges.length > 0 && (
        <section className="nudges" aria-labelledby="nudges-heading">
          <h2 id="nudges-heading">Due for a check</h2>
          <ul>
            {nudges.map((nudge) => (
              <li key={nudge.aspirationId}>
                <span>{nudge.message}</span>{' '}
                <a href={valuesCheckHref(nudge.aspirationId)}>
                  Check it now<span className="visually-hidden">: {nudge.title}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      {current.length === 0 && retired.length === 0 ? (
        <div className="empty-state">
          <h2>No aspirations yet</h2>
          <p>
            Write down where you want to end up on the <a href={hrefFor('plan')}>Plan</a> screen,
            then come back to check it against your values.
          </p>
        </div>
      ) : (
        <section aria-labelledby="current-heading">
          <h2 id="current-heading" className="values-section-title">
            Your aspirations
          </h2>
          {current.length === 0 ? (
            <p className="vcard-empty">Every aspiration is retired.</p>
          ) : (
            <div className="vcards">{current.map(card)}</div>
          )}
        </section>
      )}

      {retired.length > 0 && (
        <section aria-labelledby="retired-heading">
          <h2 id="retired-heading" className="values-section-title">
            Retired aspirations
          </h2>
          <p className="values-note">
            Their checks stay here to read. Changing course is part of a career, not a failure.
          </p>
          <div className="vcards">{retired.map(card)}</div>
        </section>
      )}

      <section className="values-settings" aria-labelledby="reminder-heading">
        <h2 id="reminder-heading" className="values-section-title">
          Reminder
        </h2>
        <NudgeSettings key={nudgeDays} nudgeDays={nudgeDays} />
      </section>
    </div>
  );
}
