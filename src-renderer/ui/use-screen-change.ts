import { useEffect, useRef } from 'react';
import { SCREENS } from '../../src-main/shared/screens';

/** The window's title for a screen: "Plan — Waymark" (Import… is a dialog over the Journal). */
export function screenTitle(screen: string | null): string {
  const id = screen === 'import' ? 'journal' : screen;
  const label = SCREENS.find((item) => item.id === id)?.label;
  return label ? `${label} — Waymark` : 'Waymark';
}

const MAX_FRAMES = 120;

/**
 * A change of screen is said as a screen reader user expects: the window's title names the screen,
 * and focus moves to its heading (once the screen has drawn it) so reading starts there. Focus is
 * left alone on the first screen, and when the new screen has put it somewhere itself (the text of
 * a new entry). `screen` is null while the app is not shown (locked, recovering).
 */
export function useScreenChange(screen: string | null): void {
  const shown = useRef<string | null>(null);
  useEffect(() => {
    document.title = screenTitle(screen);
    const key = screen === 'import' ? 'journal' : screen;
    const previous = shown.current;
    shown.current = key;
    if (key === null || previous === null || previous === key) return;
    let frame = 0;
    let frames = 0;
    const moveFocus = () => {
      const main = document.getElementById('main');
      const active = document.activeElement;
      if (!main || (active && active !== document.body && main.contains(active))) return;
      const heading = main.querySelector<HTMLElement>('h1');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      } else if (++frames < MAX_FRAMES) {
        frame = requestAnimationFrame(moveFocus);
      }
    };
    frame = requestAnimationFrame(moveFocus);
    return () => cancelAnimationFrame(frame);
  }, [screen]);
}
