import { useQueryClient } from '@tanstack/react-query';
import { write } from '../../api/effects';
import { useState } from 'react';
import type { AspirationNode } from '../../../src-main/contract';
import { Dialog } from '../../ui/Dialog';
import { useToast } from '../../ui/toast';
import { valuesCheckHref } from '../values/routes';
import { AchieveDialog } from './AchieveDialog';
import { HistoryDialog } from './HistoryDialog';
import { PivotDialog, type PivotChoice } from './PivotDialog';
import { usePlanAction } from './queries';
import { RetireDialog } from './RetireDialog';
import { goToPlan } from '../../ui/plan-route';

type Open = 'history' | 'achieve' | 'retire' | 'pivot' | 'delete' | null;

/** What can happen to an aspiration as a whole: history, achieve, retire, pivot, reopen, delete. */
export function AspirationActions({
  aspiration,
  flush,
  onRestored,
}: {
  aspiration: AspirationNode;
  flush: () => Promise<boolean>;
  onRestored: () => void;
}) {
  const [open, setOpen] = useState<Open>(null);
  const run = usePlanAction();
  const client = useQueryClient();
  const toast = useToast();
  const close = () => setOpen(null);
  const { id, title } = aspiration;

  const remove = async () => {
    close();
    await flush();
    const deleted = await run(() => write(client, 'plan:deleteAspiration', { id }));
    if (!deleted) return;
    goToPlan();
    toast({
      message: `“${title}” deleted${aspiration.goals.length > 0 ? ' with its goals' : ''}.`,
      action: {
        label: 'Undo',
        run: () =>
          void run(() => write(client, 'plan:restoreAspiration', { id })).then(
            (restored) => restored && goToPlan(id),
          ),
      },
    });
  };

  const achieve = async (achievedOn: string) => {
    close();
    await flush();
    if (await run(() => write(client, 'plan:achieveAspiration', { id, achievedOn }))) {
      toast({ message: `“${title}” marked achieved. Well done.` });
    }
  };

  const retire = async (reason: string) => {
    close();
    await flush();
    if (await run(() => write(client, 'plan:retireAspiration', { id, reason }))) {
      toast({ message: `“${title}” retired. You will find it under Retired.` });
    }
  };

  const pivot = async (choice: PivotChoice) => {
    close();
    await flush();
    const result = await run(() =>
      write(client, 'plan:pivotAspiration', {
        id,
        reason: choice.reason,
        replacement: { title: choice.title, horizonDate: choice.horizonDate },
        carryGoalIds: choice.carryGoalIds,
      }),
    );
    if (result) {
      goToPlan(result.replacement.id);
      toast({
        message: `Pivoted to “${result.replacement.title}” with ${result.carried.length} ${result.carried.length === 1 ? 'goal' : 'goals'}.`,
      });
    }
  };

  const reopen = async () => {
    await flush();
    if (await run(() => write(client, 'plan:reopenAspiration', { id }))) {
      toast({ message: `“${title}” is active again.` });
    }
  };

  return (
    <div className="plan-actions" role="group" aria-label="Aspiration actions">
      <button type="button" onClick={() => setOpen('history')}>
        History
      </button>
      <a className="button-link" href={valuesCheckHref(id)}>
        Check values
      </a>
      {aspiration.status === 'active' ? (
        <>
          <button type="button" onClick={() => setOpen('achieve')}>
            Mark achieved
          </button>
          <button type="button" onClick={() => setOpen('retire')}>
            Retire
          </button>
          <button type="button" onClick={() => setOpen('pivot')}>
            Pivot
          </button>
        </>
      ) : (
        <button type="button" onClick={() => void reopen()}>
          Reopen
        </button>
      )}
      <button
        type="button"
        className="button-quiet"
        onClick={() => (aspiration.goals.length > 0 ? setOpen('delete') : void remove())}
      >
        Delete aspiration
      </button>

      {open === 'history' && (
        <HistoryDialog
          kind="aspiration"
          id={id}
          title={title}
          beforeRestore={flush}
          onRestored={onRestored}
          onClose={close}
        />
      )}
      {open === 'achieve' && (
        <AchieveDialog aspiration={aspiration} onClose={close} onConfirm={(d) => void achieve(d)} />
      )}
      {open === 'retire' && (
        <RetireDialog aspiration={aspiration} onClose={close} onConfirm={(r) => void retire(r)} />
      )}
      {open === 'pivot' && (
        <PivotDialog aspiration={aspiration} onClose={close} onConfirm={(c) => void pivot(c)} />
      )}
      {open === 'delete' && (
        <Dialog
          title={`Delete “${title}”?`}
          onClose={close}
          footer={
            <>
              <button type="button" autoFocus onClick={close}>
                Cancel
              </button>
              <button type="button" className="button-danger" onClick={() => void remove()}>
                Delete aspiration and goals
              </button>
            </>
          }
        >
          <p>
            It has {aspiration.goals.length} {aspiration.goals.length === 1 ? 'goal' : 'goals'},
            which will be deleted with it, steps and all. You can undo this right afterwards.
          </p>
          <p className="plan-hint">
            If your direction has changed, Retire or Pivot keeps it in your history instead.
          </p>
        </Dialog>
      )}
    </div>
  );
}
