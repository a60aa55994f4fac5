import { write } from '../../api/effects';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BackupInfo } from '../../../src-main/contract';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useToast } from '../../ui/toast';
import { navigate } from '../../ui/use-route';
import { formatTakenAt } from './format';
import { FormError } from '../../ui/FormError';

/**
 * Asks before replacing the journal with a backup, then reloads every screen's data: all of it
 * now comes from the restored journal.
 */
export function RestoreDialog({
  backup,
  onClose,
}: {
  backup: BackupInfo | null;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const restore = useMutation({
    mutationFn: (name: string) => write(queryClient, 'backup:restore', { name }),
    onSuccess: async (result) => {
      onClose();
      toast({
        message: `Restored the backup of ${formatTakenAt(result.restored.takenAt)}. The journal it replaced was kept in the set-aside folder.`,
      });
      navigate('journal');
    },
  });
  return (
    <ConfirmDialog
      open={backup !== null}
      title="Restore this backup?"
      confirmLabel="Restore"
      busyLabel="Restoring…"
      busy={restore.isPending}
      onConfirm={() => backup && restore.mutate(backup.name)}
      onCancel={() => {
        restore.reset();
        onClose();
      }}
    >
      {backup && (
        <p>
          Your journal will be as it was on <strong>{formatTakenAt(backup.takenAt)}</strong>.
          Anything written since is not deleted: the current journal is moved to the set-aside
          folder in your data folder.
        </p>
      )}
      <FormError message={restore.error?.message} />
    </ConfirmDialog>
  );
}
