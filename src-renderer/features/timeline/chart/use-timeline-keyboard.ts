/**
 * The chart's keys: arrows, Home and End move the focus between bars; Alt+←/→ moves a goal and
 * Shift+Alt+←/→ its due date; Enter or Space opens it; Escape cancels a drag, else hides the card.
 */
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { RescheduleMode, TimelineBar } from '../layout';
import { goalIdOf } from './targets';

interface KeyboardOptions {
  bars: readonly TimelineBar[];
  barsById: ReadonlyMap<string, TimelineBar>;
  /** Cancels a press or drag under way; false when there was none. */
  cancelDrag: () => boolean;
  nudgeBar: (bar: TimelineBar, mode: RescheduleMode, direction: 1 | -1) => void;
  flushBurst: () => void;
  onOpen: (bar: TimelineBar) => void;
  focusBar: (goalId: string) => void;
  hideCards: () => void;
}

export function useTimelineKeyboard(options: KeyboardOptions) {
  const { bars, barsById } = options;
  return (event: ReactKeyboardEvent<SVGSVGElement>) => {
    const goalId = goalIdOf(event.target);
    const bar = goalId ? barsById.get(goalId) : undefined;
    if (!bar) return;
    const horizontal = event.key === 'ArrowLeft' || event.key === 'ArrowRight';
    const direction = event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 1;

    if (event.key === 'Escape' && options.cancelDrag()) {
      event.preventDefault();
      return;
    }
    if (event.altKey && horizontal && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      options.nudgeBar(bar, event.shiftKey ? 'end' : 'move', direction);
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      options.flushBurst();
      options.onOpen(bar);
      return;
    }
    let target: TimelineBar | undefined;
    if (event.key.startsWith('Arrow')) target = bars[bar.index + direction];
    else if (event.key === 'Home') target = bars[0];
    else if (event.key === 'End') target = bars[bars.length - 1];
    else if (event.key === 'Escape') {
      options.hideCards();
      return;
    } else return;
    event.preventDefault();
    if (target) options.focusBar(target.goalId);
  };
}
