/**
 * The goal card: shown for the bar under the pointer, else for the focused bar, placed inside the
 * view (above the bar when there is no room below). Hover and focus change only the card.
 */
import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';
import { CARD_WIDTH } from '../GoalCard';
import type { TimelineBar, TimelineLayout } from '../layout';
import { barElement } from './targets';

export const CARD_ID = 'gt-goal-card';
const CARD_HEIGHT_GUESS = 280;

interface CardState {
  goalId: string;
  viewLeft: number;
  viewTop: number;
  viewWidth: number;
  viewHeight: number;
}

interface CardOptions {
  scrollRef: RefObject<HTMLDivElement | null>;
  bodyRef: RefObject<SVGSVGElement | null>;
  layout: TimelineLayout;
  barsById: ReadonlyMap<string, TimelineBar>;
  /** No card while a bar is dragged. */
  dragging: boolean;
}

export function useHoverCard({ scrollRef, bodyRef, layout, barsById, dragging }: CardOptions) {
  const [hover, setHover] = useState<CardState | null>(null);
  const [focus, setFocus] = useState<CardState | null>(null);

  const cardFor = useCallback(
    (goalId: string): CardState | null => {
      const el = scrollRef.current;
      if (!el) return null;
      return {
        goalId,
        viewLeft: el.scrollLeft,
        viewTop: el.scrollTop,
        viewWidth: el.clientWidth,
        viewHeight: el.clientHeight,
      };
    },
    [scrollRef],
  );

  const hoverOver = (goalId: string | null) => {
    if (goalId && goalId !== hover?.goalId) setHover(cardFor(goalId));
    else if (!goalId && hover) setHover(null);
  };
  const focusOn = (goalId: string) => {
    if (focus?.goalId !== goalId) setFocus(cardFor(goalId));
  };

  const card = dragging ? null : (hover ?? focus);
  const bar = card ? barsById.get(card.goalId) : undefined;
  let position: { left: number; top: number; above: boolean } | null = null;
  if (card && bar) {
    const visibleStart = Math.max(bar.x, card.viewLeft);
    const left = Math.max(
      card.viewLeft + 8,
      Math.min(visibleStart, card.viewLeft + card.viewWidth - CARD_WIDTH - 16),
    );
    const barTop = layout.metrics.axisHeight + bar.y;
    const below = barTop + bar.height + 8;
    const above =
      below + CARD_HEIGHT_GUESS > card.viewTop + card.viewHeight &&
      barTop - 8 - CARD_HEIGHT_GUESS > card.viewTop;
    position = { left: Math.max(0, left), top: above ? barTop - 8 : below, above };
  }

  const describedId = bar && position ? bar.goalId : null;

  // The bar whose card is showing is described by it. Set on the element directly, so showing a
  // card on hover re-renders no bar at all.
  useLayoutEffect(() => {
    if (!describedId) return;
    const el = barElement(bodyRef.current, describedId);
    el?.setAttribute('aria-describedby', CARD_ID);
    return () => el?.removeAttribute('aria-describedby');
  }, [describedId, layout, bodyRef]);

  return {
    shown: bar && position ? { bar, ...position } : null,
    hoverOver,
    focusOn,
    clearHover: () => setHover(null),
    clearFocus: () => setFocus(null),
  };
}
