/**
 * The app's commands, shared by the desktop menu (accelerators) and the window (keyboard handling,
 * the Keyboard shortcuts sheet, the browser edition's buttons). One list, so they cannot drift.
 */
import { SCREENS } from './screens';

export interface CommandSpec {
  id: string;
  label: string;
  /** Electron accelerator syntax; the renderer derives its key matching and display from it. */
  accelerator?: string;
  /** Shown in the sheet but handled by the page itself (e.g. `?`), not by the menu. */
  pageOnly?: boolean;
  group: 'File' | 'Go' | 'View' | 'Help' | 'Edit';
}

/** The screens with a Go command, numbered in this order (Journal is 1, Plan 2…). */
const NAVIGATION_SCREENS = (['journal', 'plan', 'timeline', 'values', 'export'] as const).map(
  (id) => SCREENS.find((screen) => screen.id === id) as (typeof SCREENS)[number],
);

export function goCommandId(screen: string): string {
  return `go-${screen}`;
}

export function commandSpecs(availableScreens: readonly string[]): CommandSpec[] {
  // Numbers are fixed per screen (Plan is always 2), whichever screens this build has.
  const go = NAVIGATION_SCREENS.flatMap((screen, index): CommandSpec[] =>
    availableScreens.includes(screen.id)
      ? [
          {
            id: goCommandId(screen.id),
            label: screen.label,
            accelerator: `CmdOrCtrl+${index + 1}`,
            group: 'Go',
          },
        ]
      : [],
  );
  return [
    { id: 'new-entry', label: 'New entry', accelerator: 'CmdOrCtrl+N', group: 'File' },
    { id: 'search', label: 'Search…', accelerator: 'CmdOrCtrl+K', group: 'File' },
    { id: 'import', label: 'Import…', group: 'File' },
    { id: 'export', label: 'Export…', accelerator: 'CmdOrCtrl+E', group: 'File' },
    { id: 'backup-now', label: 'Back up now', group: 'File' },
    { id: 'lock-now', label: 'Lock now', accelerator: 'CmdOrCtrl+Shift+L', group: 'File' },
    ...go,
    { id: 'shortcuts', label: 'Keyboard shortcuts', accelerator: 'F1', group: 'Help' },
    {
      id: 'shortcuts-page',
      label: 'Keyboard shortcuts',
      accelerator: '?',
      pageOnly: true,
      group: 'Help',
    },
  ];
}
