import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { printOptions } from './print-options';
import { tempDir } from './helpers';

interface FakePage {
  state: string | null;
  error: string | null;
}

const scene = {
  page: { state: 'ready', error: null } as FakePage,
  dialog: { canceled: false, filePath: '' as string | undefined },
  documents: '/tmp',
  windows: [] as FakeWindow[],
};

class FakeWindow {
  destroyed = false;
  url = '';
  printOptions: unknown = null;
  readonly webContents = {
    setWindowOpenHandler: vi.fn(),
    on: vi.fn(),
    executeJavaScript: vi.fn(async () => [scene.page.state, scene.page.error]),
    printToPDF: vi.fn(async (options: unknown) => {
      this.printOptions = options;
      return Buffer.from('%PDF-1.7 fake');
    }),
  };
  constructor(readonly options: { show?: boolean; webPreferences?: Record<string, unknown> }) {
    scene.windows.push(this);
  }
  async loadURL(url: string) {
    this.url = url;
  }
  isDestroyed() {
    return this.destroyed;
  }
  destroy() {
    this.destroyed = true;
  }
}

const showItemInFolder = vi.fn();
vi.mock('electron', () => ({
  app: { getPath: () => scene.documents },
  BrowserWindow: FakeWindow,
  dialog: { showSaveDialog: vi.fn(async () => scene.dialog) },
  shell: { showItemInFolder, openExternal: vi.fn() },
}));

const { createPdfHost, safePdfName } = await import('../../src-main/electron/export-pdf');
const { mainWindowOptions } = await import('../../src-main/electron/window-options');

const OPTIONS = printOptions({ paper: 'letter', name: 'Sam Rivera', aspirationIds: ['a-1'] });

const APP_URL = 'file:///app/out/renderer/index.html';

function host(timeoutMs = 2000) {
  return createPdfHost({
    appUrl: APP_URL,
    preload: '/app/out/preload/index.cjs',
    parent: () => null,
    timeoutMs,
  });
}

beforeEach(() => {
  scene.page = { state: 'ready', error: null };
  scene.windows = [];
  scene.documents = tempDir();
  scene.dialog = { canceled: false, filePath: join(scene.documents, 'Career plan') };
  showItemInFolder.mockClear();
});

describe('saving a PDF in the desktop app', () => {
  it('prints our own print view in a hidden window as locked down as the main one', async () => {
    const result = await host().savePdf({ options: OPTIONS, fileName: 'Career plan' });
    const path = join(scene.documents, 'Career plan.pdf');
    expect(result).toEqual({ ok: true, path });
    expect(readFileSync(path, 'utf8')).toBe('%PDF-1.7 fake');

    const [window] = scene.windows;
    expect(window?.options.show).toBe(false);
    expect(window?.options.webPreferences).toEqual(
      mainWindowOptions('/app/out/preload/index.cjs', { width: 1, height: 1 }).webPreferences,
    );
    expect(window?.url.startsWith(`${APP_URL}#/print/`)).toBe(true);
    expect(decodeURIComponent(window?.url ?? '')).toContain('name=Sam+Rivera');
    expect(window?.webContents.setWindowOpenHandler).toHaveBeenCalled();
    expect(window?.printOptions).toMatchObject({
      preferCSSPageSize: true,
      pageSize: 'Letter',
      printBackground: true,
      displayHeaderFooter: false,
    });
    expect(window?.destroyed).toBe(true);
  });

  it('answers canceled when the person closes the save dialog, and prints nothing', async () => {
    scene.dialog = { canceled: true, filePath: undefined };
    expect(await host().savePdf({ options: OPTIONS, fileName: 'x' })).toEqual({
      ok: false,
      canceled: true,
    });
    expect(scene.windows).toEqual([]);
  });

  it('gives up after the timeout with a sentence, and closes the hidden window', async () => {
    scene.page = { state: 'loading', error: null };
    const result = await host(300).savePdf({ options: OPTIONS, fileName: 'x' });
    expect(result).toMatchObject({ ok: false, canceled: false });
    if (!result.ok && !result.canceled) expect(result.error).toMatch(/longer than 30 seconds/);
    expect(scene.windows[0]?.destroyed).toBe(true);
    expect(existsSync(join(scene.documents, 'Career plan.pdf'))).toBe(false);
  });

  it('reports the print view’s own failure', async () => {
    scene.page = { state: 'error', error: 'That aspiration no longer exists.' };
    expect(await host().savePdf({ options: OPTIONS, fileName: 'x' })).toEqual({
      ok: false,
      canceled: false,
      error: 'The PDF could not be created: That aspiration no longer exists.',
    });
  });

  it('shows only files it saved in the file manager', async () => {
    const pdf = host();
    expect(() => pdf.showInFolder('/etc/passwd')).toThrow(/only show a PDF it saved/);
    const result = await pdf.savePdf({ options: OPTIONS, fileName: 'x' });
    if (!result.ok) throw new Error('expected a saved file');
    expect(pdf.showInFolder(result.path)).toEqual({ shown: true });
    expect(showItemInFolder).toHaveBeenCalledWith(result.path);
  });

  it('suggests a file name any system accepts', () => {
    expect(safePdfName('Career plan - Sam/Rivera: "draft" - 2026-11-26')).toBe(
      'Career plan - Sam Rivera draft - 2026-11-26.pdf',
    );
    expect(safePdfName('...')).toBe('Career plan.pdf');
    expect(safePdfName('plan.PDF')).toBe('plan.pdf');
  });
});
