import { useEffect } from 'react';
import type { CommandSpec } from '../../src-main/shared/commands';
import { isTypingTarget, matchesAccelerator } from './accelerators';

/**
 * Runs commands from the keyboard and from the desktop menu. Shortcuts with a modifier work
 * everywhere; single keys (like "?") only when the person is not typing.
 */
export function useCommands(specs: CommandSpec[], run: (id: string) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      for (const spec of specs) {
        if (!spec.accelerator || !matchesAccelerator(event, spec.accelerator)) continue;
        const singleKey = !spec.accelerator.includes('+') && spec.accelerator.length === 1;
        if (singleKey && isTypingTarget(event.target)) continue;
        event.preventDefault();
        run(spec.id === 'shortcuts-page' ? 'shortcuts' : spec.id);
        return;
      }
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = window.waymarkCommands?.subscribe(run);
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe?.();
    };
  }, [specs, run]);
}
