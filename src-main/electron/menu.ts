import {
  app,
  dialog,
  Menu,
  shell,
  type BrowserWindow,
  type MenuItemConstructorOptions,
} from 'electron';
import { commandSpecs, type CommandSpec } from '../shared/commands';
import { SCREENS } from '../shared/screens';

export interface MenuContext {
  window: () => BrowserWindow | null;
  dataDir: string;
  /** Called with the new zoom level so it can be remembered. */
  onZoom: (level: number) => void;
  platform?: NodeJS.Platform;
}

/** Sends a command to the window; the page runs the same command its own buttons and keys run. */
function send(ctx: MenuContext, id: string) {
  return () => ctx.window()?.webContents.send('waymark:command', id);
}

function zoomBy(ctx: MenuContext, delta: number | null) {
  return () => {
    const contents = ctx.window()?.webContents;
    if (!contents) return;
    const level = delta === null ? 0 : Math.max(-3, Math.min(4, contents.getZoomLevel() + delta));
    contents.setZoomLevel(level);
    ctx.onZoom(level);
  };
}

function item(ctx: MenuContext, spec: CommandSpec): MenuItemConstructorOptions {
  return {
    id: spec.id,
    label: spec.label,
    accelerator: spec.accelerator,
    click: send(ctx, spec.id),
  };
}

export function menuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const mac = (ctx.platform ?? process.platform) === 'darwin';
  const specs = commandSpecs(SCREENS.map((screen) => screen.id)).filter((spec) => !spec.pageOnly);
  const inGroup = (group: CommandSpec['group']) =>
    specs.filter((spec) => spec.group === group).map((spec) => item(ctx, spec));
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        ...inGroup('File'),
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        {
          id: 'zoom-reset',
          label: 'Actual size',
          accelerator: 'CmdOrCtrl+0',
          click: zoomBy(ctx, null),
        },
        { id: 'zoom-in', label: 'Zoom in', accelerator: 'CmdOrCtrl+=', click: zoomBy(ctx, 0.5) },
        { id: 'zoom-out', label: 'Zoom out', accelerator: 'CmdOrCtrl+-', click: zoomBy(ctx, -0.5) },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: '&Go', submenu: inGroup('Go') },
    {
      label: '&Help',
      submenu: [
        ...inGroup('Help'),
        {
          id: 'open-data-folder',
          label: 'Open data folder',
          click: () => void shell.openPath(ctx.dataDir),
        },
        { type: 'separator' },
        {
          id: 'about',
          label: 'About Waymark',
          click: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: 'About Waymark',
              message: `Waymark ${app.getVersion()}`,
              detail:
                'An offline journal for planning your career. Everything stays on this computer.',
            }),
        },
      ],
    },
  ];
}

export function installMenu(ctx: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(ctx)));
}
