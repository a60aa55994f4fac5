import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import type { WindowBounds } from './window-options';

const DEFAULT_BOUNDS: WindowBounds = { width: 1200, height: 800 };

export function loadWindowState(dataDir: string): WindowBounds {
  try {
    const saved = JSON.parse(
      readFileSync(join(dataDir, 'window-state.json'), 'utf8'),
    ) as WindowBounds;
    if (Number.isFinite(saved.width) && Number.isFinite(saved.height)) return saved;
  } catch {
    // First launch or an unreadable file: the default size is the right answer.
  }
  return DEFAULT_BOUNDS;
}

/** Remembers size and position whenever the window settles, and once more as it closes. */
export function trackWindowState(window: BrowserWindow, dataDir: string): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    if (window.isDestroyed()) return;
    const bounds = window.getNormalBounds();
    const state: WindowBounds = {
      ...bounds,
      maximized: window.isMaximized(),
      zoomLevel: window.webContents.getZoomLevel(),
    };
    try {
      writeFileSync(join(dataDir, 'window-state.json'), JSON.stringify(state));
    } catch {
      // Losing the window position is not worth interrupting anyone for.
    }
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('close', save);
}

/** Remembers the zoom chosen from the View menu, keeping the rest of the saved state. */
export function saveZoomLevel(dataDir: string, zoomLevel: number): void {
  try {
    writeFileSync(
      join(dataDir, 'window-state.json'),
      JSON.stringify({ ...loadWindowState(dataDir), zoomLevel }),
    );
  } catch {
    // As above: not worth an interruption.
  }
}
