import { describe, expect, it, vi } from 'vitest';

const openExternal = vi.fn(async () => undefined);
const openPath = vi.fn(async () => '');
const handle = vi.fn();
vi.mock('electron', () => ({
  shell: { openExternal, openPath },
  app: { getVersion: () => '0.0.0' },
  dialog: { showMessageBox: vi.fn() },
  ipcMain: { handle },
  Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
}));

const { mainWindowOptions } = await import('../../src-main/electron/window-options');
const { isExternalLinkAllowed, lockNavigation } =
  await import('../../src-main/electron/navigation');
const { isOurFrame, registerIpc } = await import('../../src-main/electron/ipc');
const { menuTemplate } = await import('../../src-main/electron/menu');
const { channelNames } = await import('../../src-main/contract');

describe('the desktop window', () => {
  it('carries every security setting', () => {
    const options = mainWindowOptions('/app/preload.cjs', {
      width: 900,
      height: 700,
      x: 10,
      y: 20,
    });
    const prefs = options.webPreferences ?? {};
    expect(prefs.preload).toBe('/app/preload.cjs');
    // Isolated and sandboxed, web security and spelling on ...
    for (const on of ['contextIsolation', 'sandbox', 'webSecurity', 'spellcheck'] as const) {
      expect(prefs[on], on).toBe(true);
    }
    // ... and no Node in the page, its workers or frames, no insecure content, no webviews.
    const off = [
      'nodeIntegration',
      'nodeIntegrationInWorker',
      'nodeIntegrationInSubFrames',
    ] as const;
    for (const name of [...off, 'allowRunningInsecureContent', 'webviewTag'] as const) {
      expect(prefs[name], name).toBe(false);
    }
    expect(options).toMatchObject({ width: 900, height: 700, x: 10, y: 20 });
  });

  it('opens only web and mail links outside the app', () => {
    expect(isExternalLinkAllowed('https://example.com')).toBe(true);
    expect(isExternalLinkAllowed('http://example.com')).toBe(true);
    expect(isExternalLinkAllowed('mailto:me@example.com')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,x',
      'smb://host/share',
      'not a url',
    ]) {
      expect(isExternalLinkAllowed(bad)).toBe(false);
    }
  });

  it('denies window.open, blocks navigation away, and hands allowed links to the system browser', () => {
    const listeners: Record<string, (event: { preventDefault: () => void }, url: string) => void> =
      {};
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    const window = {
      webContents: {
        setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
        on: (name: string, fn: (typeof listeners)[string]) => (listeners[name] = fn),
      },
    };
    lockNavigation(window as never, 'file:///app/out/renderer/index.html');
    expect(openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com');
    openExternal.mockClear();
    expect(openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();

    const away = { preventDefault: vi.fn() };
    listeners['will-navigate']?.(away, 'https://evil.example/');
    expect(away.preventDefault).toHaveBeenCalled();
    const file = { preventDefault: vi.fn() };
    listeners['will-navigate']?.(file, 'file:///etc/passwd');
    expect(file.preventDefault).toHaveBeenCalled();
    const ours = { preventDefault: vi.fn() };
    listeners['will-navigate']?.(ours, 'file:///app/out/renderer/index.html#/journal');
    expect(ours.preventDefault).not.toHaveBeenCalled();
  });

  it('answers IPC only from our own page, on exactly the contract channels', async () => {
    const app = 'file:///app/out/renderer/index.html';
    expect(isOurFrame({ senderFrame: { url: `${app}#/journal` } } as never, app)).toBe(true);
    expect(isOurFrame({ senderFrame: { url: 'https://evil.example/' } } as never, app)).toBe(false);
    expect(isOurFrame({ senderFrame: null } as never, app)).toBe(false);

    const call = vi.fn(async () => ({ ok: true as const, value: 'done' }));
    registerIpc({ call, channels: () => [] }, app);
    expect(handle.mock.calls.map((c) => c[0]).sort()).toEqual([...channelNames].sort());
    const listener = handle.mock.calls.find((c) => c[0] === 'journal:list')?.[1] as (
      e: unknown,
      p: unknown,
    ) => Promise<unknown>;
    expect(await listener({ senderFrame: { url: app } }, {})).toEqual({ ok: true, value: 'done' });
    expect(await listener({ senderFrame: { url: 'https://evil.example/' } }, {})).toMatchObject({
      ok: false,
    });
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('has a menu whose items carry their promised shortcuts and all do something', () => {
    const sent: string[] = [];
    let zoom = 0;
    const zooms: number[] = [];
    const window = {
      webContents: {
        send: (_channel: string, id: string) => sent.push(id),
        getZoomLevel: () => zoom,
        setZoomLevel: (level: number) => (zoom = level),
      },
    };
    const template = menuTemplate({
      window: () => window as never,
      dataDir: '/data',
      onZoom: (l) => zooms.push(l),
      platform: 'linux',
    });
    type Item = {
      id?: string;
      label?: string;
      accelerator?: string;
      role?: string;
      click?: () => void;
      submenu?: Item[];
    };
    const all = (template as Item[]).flatMap((top) => [
      top,
      ...((top.submenu as Item[] | undefined) ?? []),
    ]);
    const byId = (id: string) => all.find((entry) => entry.id === id);

    expect(byId('new-entry')?.accelerator).toBe('CmdOrCtrl+N');
    expect(byId('export')?.accelerator).toBe('CmdOrCtrl+E');
    expect(byId('backup-now')?.label).toBe('Back up now');
    expect(byId('import')?.label).toBe('Import…');
    expect(byId('go-journal')?.accelerator).toBe('CmdOrCtrl+1');
    expect(byId('shortcuts')?.accelerator).toBe('F1');
    expect(template.some((entry) => entry.role === 'editMenu')).toBe(true);
    expect(all.some((entry) => entry.role === 'quit')).toBe(true);

    for (const id of ['new-entry', 'go-journal', 'shortcuts']) byId(id)?.click?.();
    expect(sent).toEqual(['new-entry', 'go-journal', 'shortcuts']);

    byId('zoom-in')?.click?.();
    byId('zoom-in')?.click?.();
    byId('zoom-out')?.click?.();
    expect(zooms).toEqual([0.5, 1, 0.5]);
    byId('zoom-reset')?.click?.();
    expect(zoom).toBe(0);

    byId('open-data-folder')?.click?.();
    expect(openPath).toHaveBeenCalledWith('/data');

    const clickable = all.filter((entry) => entry.id);
    for (const entry of clickable) expect(typeof entry.click, entry.id).toBe('function');
  });
});
