/** Matching and showing Electron-style accelerators ("CmdOrCtrl+Shift+N", "F1", "?") in the page. */
export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
}

export function matchesAccelerator(event: KeyboardEvent, accelerator: string): boolean {
  const parts = accelerator.split('+');
  const key = (parts.pop() ?? '').toLowerCase();
  const mods = new Set(parts.map((part) => part.toLowerCase()));
  const wantsPrimary = mods.has('cmdorctrl') || mods.has('commandorcontrol');
  const primary = isMac() ? event.metaKey : event.ctrlKey;
  if (wantsPrimary !== primary) return false;
  if (mods.has('alt') !== event.altKey) return false;
  // "?" is typed with Shift on most layouts; only demand Shift when the accelerator names it.
  if (key !== '?' && mods.has('shift') !== event.shiftKey) return false;
  return event.key.toLowerCase() === key;
}

export function displayAccelerator(accelerator: string, mac = isMac()): string {
  return accelerator
    .split('+')
    .map((part) => {
      if (part === 'CmdOrCtrl') return mac ? '⌘' : 'Ctrl';
      if (part === 'Shift') return mac ? '⇧' : 'Shift';
      if (part === 'Alt') return mac ? '⌥' : 'Alt';
      return part.length === 1 ? part.toUpperCase() : part;
    })
    .join(mac ? '' : '+');
}

/** Typing in a field or the editor must not trigger single-key shortcuts such as "?". */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
