import { CheckForm } from './CheckForm';
import { HistoryView } from './HistoryView';
import { Overview } from './Overview';
import { useValuesDraft, useValuesHistory } from './queries';
import { parseValuesParam, valuesHistoryHref } from './routes';
import { LoadFailed } from './ValuesNav';
import './check-form.css';
import './history.css';
import './values.css';

/** Loads what the form starts from (the aspiration and its draft) before showing it. */
function CheckRoute({ aspirationId }: { aspirationId: string }) {
  const history = useValuesHistory(aspirationId);
  const draft = useValuesDraft(aspirationId);
  const error = history.error ?? draft.error;
  if (error) {
    return <LoadFailed className="values-check" message={error.message} />;
  }
  if (!history.data || draft.isPending) return <p className="values-loading">Loading…</p>;
  const { aspiration } = history.data;
  if (aspiration.status === 'retired') {
    return (
      <div className="values-check">
        <h1>Check values</h1>
        <p>
          “{aspiration.title}” is retired, so it is not checked any more. Its earlier checks stay in
          its <a href={valuesHistoryHref(aspiration.id)}>history</a>.
        </p>
      </div>
    );
  }
  return <CheckForm key={aspirationId} aspiration={aspiration} draft={draft.data ?? null} />;
}

export function ValuesScreen({ param }: { param: string | null }) {
  const route = parseValuesParam(param);
  return (
    <div className="values-screen">
      {route.view === 'check' ? (
        <CheckRoute aspirationId={route.aspirationId} />
      ) : route.view === 'history' ? (
        <HistoryView aspirationId={route.aspirationId} />
      ) : (
        <Overview />
      )}
    </div>
  );
}
