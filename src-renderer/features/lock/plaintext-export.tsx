import { useCallback, useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useJournalStatus } from '../../api/journal-status';

interface Pending {
  what: string;
  run: () => void;
}

/**
 * Exports are plain files by nature. For an encrypted journal, `confirmExport(what, run)` says so
 * first and runs the export only once the person agrees; for a plain journal it just runs it.
 * Render `dialog` somewhere in the component.
 */
export function usePlaintextExportConfirm(): {
  confirmExport: (what: string, run: () => void) => void;
  dialog: ReactNode;
} {
  const status = useJournalStatus();
  const encrypted = status.data?.encrypted === true;
  const [pending, setPending] = useState<Pending | null>(null);
  const confirmExport = useCallback(
    (what: string, run: () => void) => (encrypted ? setPending({ what, run }) : run()),
    [encrypted],
  );
  const dialog = (
    <ConfirmDialog
      open={pending !== null}
      title="This export will not be encrypted"
      confirmLabel="Export anyway"
      onConfirm={() => {
        const run = pending?.run;
        setPending(null);
        run?.();
      }}
      onCancel={() => setPending(null)}
    >
      <p>
        Your journal is encrypted, but {pending?.what} is an ordinary file: anyone who can open it
        can read it. Keep it somewhere safe, and delete it when you no longer need it.
      </p>
    </ConfirmDialog>
  );
  return { confirmExport, dialog };
}
