/**
 * Moving a goal with the keys: each press shows the new dates at once and says them to a screen
 * reader; a burst of presses is saved as one change (one Undo) shortly after the last key.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { dateInWords } from '../../../../src-main/shared/date-words';
import { nudge, type BarDates, type RescheduleMode, type TimelineBar } from '../layout';
import type { StoredDates } from '../queries';
import { storedAfter, type RescheduleRequest } from './targets';

/** A keyboard burst is saved this long after the last key (one change, one Undo). */
const KEYBOARD_COMMIT_MS = 700;

interface Burst {
  goalId: string;
  title: string;
  aspirationId: string;
  before: StoredDates;
  current: BarDates;
  startTouched: boolean;
  timer: number;
}

export function useKeyboardNudge(
  unit: Parameters<typeof nudge>[2],
  onPreview: (goalId: string, dates: StoredDates) => void,
  onCommit: (request: RescheduleRequest) => void,
) {
  const burst = useRef<Burst | null>(null);
  const [announcement, setAnnouncement] = useState('');

  // The latest onCommit, for the timer and the unmount below (which must not re-run per render).
  const commitRef = useRef(onCommit);
  useLayoutEffect(() => {
    commitRef.current = onCommit;
  }, [onCommit]);

  const flushBurst = useCallback(() => {
    const b = burst.current;
    if (!b) return;
    window.clearTimeout(b.timer);
    burst.current = null;
    commitRef.current({
      goalId: b.goalId,
      title: b.title,
      aspirationId: b.aspirationId,
      before: b.before,
      after: storedAfter(b.before, b.current, b.startTouched),
    });
  }, []);

  // A keyboard change still waiting is saved when the chart goes away.
  useEffect(() => () => flushBurst(), [flushBurst]);

  const nudgeBar = useCallback(
    (bar: TimelineBar, mode: RescheduleMode, direction: 1 | -1) => {
      if (burst.current && burst.current.goalId !== bar.goalId) flushBurst();
      const base: Burst = burst.current ?? {
        goalId: bar.goalId,
        title: bar.title,
        aspirationId: bar.aspirationId,
        before: { startDate: bar.storedStartDate, dueDate: bar.dueDate },
        current: { startDate: bar.startDate, dueDate: bar.dueDate },
        startTouched: false,
        timer: 0,
      };
      window.clearTimeout(base.timer);
      const dates = nudge(base.current, mode, unit, direction);
      const startTouched = base.startTouched || mode !== 'end';
      burst.current = {
        ...base,
        current: dates,
        startTouched,
        timer: window.setTimeout(flushBurst, KEYBOARD_COMMIT_MS),
      };
      onPreview(bar.goalId, storedAfter(base.before, dates, startTouched));
      setAnnouncement(
        `${bar.title}: ${dateInWords(dates.startDate)} to ${dateInWords(dates.dueDate)}`,
      );
    },
    [flushBurst, onPreview, unit],
  );

  return { flushBurst, nudgeBar, announcement };
}
