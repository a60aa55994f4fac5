import { write } from '../../api/effects';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useToast } from '../../ui/toast';
import { navigate } from '../../ui/use-route';

/** *Reflect on this*: creates the prefilled entry, then opens it in the journal. */
export function useReflect() {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [busyId, setBusyId] = useState<string | null>(null);
  const reflect = useCallback(
    async (checkId: string) => {
      setBusyId(checkId);
      try {
        const { entryId } = await write(queryClient, 'values:reflect', { checkId });
        navigate('journal', entryId);
      } catch (error) {
        toast({
          message: error instanceof Error ? error.message : 'Could not open a reflection.',
          tone: 'error',
        });
      } finally {
        setBusyId(null);
      }
    },
    [queryClient, toast],
  );
  return { reflect, busyId };
}
