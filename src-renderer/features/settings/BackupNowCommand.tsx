import { write } from '../../api/effects';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useToast } from '../../ui/toast';

const listeners = new Set<() => void>();

/** The File menu's Back up now, from anywhere: the listener below does the work and reports it. */
export function requestBackupNow(): void {
  for (const listener of listeners) listener();
}

export function BackupNowCommand() {
  const toast = useToast();
  const queryClient = useQueryClient();
  useEffect(() => {
    const run = async () => {
      try {
        const backup = await write(queryClient, 'backup:create', {});
        toast({ message: `Backed up (${backup.name}).` });
      } catch (error) {
        toast({
          message: error instanceof Error ? error.message : 'The backup could not be made.',
          tone: 'error',
        });
      }
    };
    const listener = () => void run();
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, [queryClient, toast]);
  return null;
}
