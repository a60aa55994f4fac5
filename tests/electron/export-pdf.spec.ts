import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withApp } from './launch';

/**
 * Save PDF… in the desktop app: the save dialog (answered here from the main process), then the
 * hidden print window and printToPDF. Runs only where the Electron binary exists (npm test passes
 * its path in WAYMARK_ELECTRON and otherwise prints one line saying these were not run).
 */
test('Save PDF… writes the previewed plan to the chosen file', () =>
  withApp(async (app, dataDir) => {
    const target = join(dataDir, 'My plan.pdf');
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as never;
    }, target);
    const window = await app.firstWindow();
    await window.evaluate(async () => {
      const bridge = (
        window as unknown as {
          waymark: Record<
            string,
            (input: unknown) => Promise<{ ok: boolean; value: { id: string } }>
          >;
        }
      ).waymark;
      const aspiration = await bridge['plan:createAspiration']!({
        title: 'Become an award-winning creative director',
      });
      await bridge['plan:createGoal']!({
        aspirationId: aspiration.value.id,
        title: 'Win 50 new-business pitches',
        dueDate: '2029-12-31',
      });
    });
    await window.getByRole('link', { name: 'Export' }).click();
    const save = window.getByRole('button', { name: 'Save PDF…' });
    await expect(save).toBeEnabled({ timeout: 20_000 });
    await save.click();
    await expect(window.getByRole('button', { name: 'Show in folder' })).toBeVisible({
      timeout: 40_000,
    });
    expect(existsSync(target)).toBe(true);
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', [target, '-'], { encoding: 'utf8' });
    expect(text).toContain('Become an award-winning creative director');
    expect(text).toContain('31 December 2029');
  }));
