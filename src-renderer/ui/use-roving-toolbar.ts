import { useCallback, useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

const ITEMS = 'button:not(:disabled), input:not(:disabled), select:not(:disabled)';

/**
 * The WAI-ARIA toolbar pattern: the toolbar is one Tab stop; the arrow keys, Home and End move
 * between its controls, and Tab returns to the one last used. The controls are found in the DOM
 * (a feature's own buttons appended to the toolbar take part too); after each render, exactly one
 * enabled control is in the Tab order.
 */
export function useRovingToolbar(ref: RefObject<HTMLElement | null>) {
  const current = useRef(0);

  const items = () => [...(ref.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])];

  const settle = () => {
    const all = items();
    if (all.length === 0) return;
    if (current.current >= all.length) current.current = 0;
    all.forEach((item, index) => (item.tabIndex = index === current.current ? 0 : -1));
  };

  useEffect(() => {
    settle();
    // Buttons enabled or disabled later (Undo, Redo) must not leave the toolbar without a stop.
    const element = ref.current;
    if (!element) return;
    const observer = new MutationObserver(settle);
    observer.observe(element, { subtree: true, childList: true, attributeFilter: ['disabled'] });
    return () => observer.disconnect();
  });

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    // A text field in the toolbar keeps its own arrow keys.
    if (all[at] instanceof HTMLInputElement && event.key !== 'Home' && event.key !== 'End') return;
    const moves: Record<string, number> = {
      ArrowRight: (at + 1) % all.length,
      ArrowDown: (at + 1) % all.length,
      ArrowLeft: (at - 1 + all.length) % all.length,
      ArrowUp: (at - 1 + all.length) % all.length,
      Home: 0,
      End: all.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    current.current = next;
    settle();
    all[next]?.focus();
  };

  const onFocus = () => {
    const at = items().indexOf(document.activeElement as HTMLElement);
    if (at >= 0 && at !== current.current) {
      current.current = at;
      settle();
    }
  };

  /** Moves focus to the control last used (Alt+F10 from the text). */
  const focusToolbar = useCallback(() => {
    const all = [...(ref.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])];
    all[current.current]?.focus();
  }, [ref]);

  return { onKeyDown, onFocus, focusToolbar };
}
