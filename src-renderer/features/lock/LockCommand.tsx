import { channelQuery } from '../../api/queries';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useToast } from '../../ui/toast';
import { useJournalStatus } from '../../api/journal-status';
import { lockJournal } from './lock-journal';

const listeners = new Set<() => void>();

/** Lock now, from anywhere (the File menu, its shortcut, Settings, the computer's screen lock). */
export function requestLockNow(): void {
  for (const listener of listeners) listener();
}

/** Things a person does that count as using Waymark; any of them restarts the idle time. */
const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
/** How often the idle time is checked: a timer this short keeps working after the computer sleeps. */
const CHECK_EVERY_MS = 5_000;

/**
 * Runs Lock now and, for an encrypted journal, locks it after the idle time chosen in Settings.
 * Locking saves pending edits first; if one cannot be saved the journal stays open (and says so),
 * and auto-lock tries again at its next check.
 */
export function LockCommand() {
  const queryClient = useQueryClient();
  const toast = useToast();
  const status = useJournalStatus();
  const encrypted = status.data?.encrypted === true && status.data.state === 'open';
  const settings = useQuery({
    ...channelQuery('lock:settings', {}, ['lock-settings']),
    enabled: encrypted,
  });
  const minutes = encrypted ? (settings.data?.autoLockMinutes ?? null) : null;
  const busy = useRef(false);

  useEffect(() => {
    const lock = async (why: 'asked' | 'idle') => {
      if (busy.current) return;
      if (!encrypted) {
        if (why === 'asked') {
          toast({
            message: 'Your journal is not encrypted yet. Encrypt it in Settings to lock it.',
          });
        }
        return;
      }
      busy.current = true;
      try {
        const outcome = await lockJournal(queryClient);
        // Auto-lock tries again in a moment; the editor already shows why its save failed.
        if (!outcome.locked && why === 'asked') toast({ message: outcome.reason, tone: 'error' });
      } catch (error) {
        toast({
          message: error instanceof Error ? error.message : 'The journal could not be locked.',
          tone: 'error',
        });
      } finally {
        busy.current = false;
      }
    };
    const listener = () => void lock('asked');
    listeners.add(listener);

    let lastActivity = Date.now();
    const onActivity = () => {
      lastActivity = Date.now();
    };
    let timer: ReturnType<typeof setInterval> | undefined;
    if (minutes !== null) {
      for (const event of ACTIVITY) window.addEventListener(event, onActivity, { passive: true });
      timer = setInterval(() => {
        if (Date.now() - lastActivity >= minutes * 60_000) void lock('idle');
      }, CHECK_EVERY_MS);
    }
    return () => {
      listeners.delete(listener);
      clearInterval(timer);
      for (const event of ACTIVITY) window.removeEventListener(event, onActivity);
    };
  }, [encrypted, minutes, queryClient, toast]);
  return null;
}
