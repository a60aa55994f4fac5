import { write } from '../../api/effects';
import { useQueryClient } from '@tanstack/react-query';
import type { SavedCheck } from '../../../src-main/contract';
import { useToast } from '../../ui/toast';
import { CheckItem } from './CheckItem';
import { HistoryCharts } from './HistoryCharts';
import { useValuesHistory } from './queries';
import { useReflect } from './use-reflect';
import { BackLink, CheckValuesButton, LoadFailed } from './ValuesNav';
import { dateInWords } from './words';

/** One aspiration's checks over time: charts, then every check, newest first. */
export function HistoryView({ aspirationId }: { aspirationId: string }) {
  const history = useValuesHistory(aspirationId);
  const queryClient = useQueryClient();
  const toast = useToast();
  const { reflect, busyId } = useReflect();

  if (history.isError) {
    return <LoadFailed className="values-history" message={history.error.message} />;
  }
  if (!history.data) return <p className="values-loading">Loading…</p>;

  const { aspiration, checks } = history.data;
  const retired = aspiration.status === 'retired';

  const remove = async (check: SavedCheck, number: number) => {
    try {
      await write(queryClient, 'values:deleteCheck', { id: check.id });
      toast({
        message: `Check ${number} of “${aspiration.title}” deleted.`,
        action: {
          label: 'Undo',
          run: async () => {
            try {
              await write(queryClient, 'values:restoreCheck', { id: check.id });
            } catch (error) {
              toast({
                message: error instanceof Error ? error.message : 'Could not undo.',
                tone: 'error',
              });
            }
          },
        },
      });
    } catch (error) {
      toast({
        message: error instanceof Error ? error.message : 'Could not delete the check.',
        tone: 'error',
      });
    }
  };

  return (
    <div className="values-history">
      <BackLink />
      <header className="values-check-header">
        <div>
          <h1>{aspiration.title}</h1>
          <p className="values-sub">Values history</p>
        </div>
        {!retired && <CheckValuesButton aspirationId={aspiration.id} />}
      </header>
      {retired && (
        <p className="values-note">
          Retired {dateInWords(aspiration.retiredOn ?? '')}
          {aspiration.retiredReason ? `: “${aspiration.retiredReason}”` : ''}. Its checks stay here
          to read.
        </p>
      )}
      {checks.length === 0 ? (
        <p className="vcard-empty">No checks yet.</p>
      ) : (
        <>
          <HistoryCharts checks={checks} />
          <section aria-labelledby="checks-heading">
            <h2 id="checks-heading" className="values-section-title">
              Every check
            </h2>
            <ol className="vchecks" aria-labelledby="checks-heading">
              {checks
                .map((check, index) => ({ check, number: index + 1 }))
                .reverse()
                .map(({ check, number }) => (
                  <CheckItem
                    key={check.id}
                    check={check}
                    number={number}
                    latest={number === checks.length}
                    reflecting={busyId !== null}
                    onReflect={() => void reflect(check.id)}
                    onDelete={() => void remove(check, number)}
                  />
                ))}
            </ol>
          </section>
        </>
      )}
    </div>
  );
}
