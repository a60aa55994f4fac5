import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { betweenImportBatches } from '../../src-main/import/test-hold';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function holdFile(): string {
  const folder = mkdtempSync(join(tmpdir(), 'waymark-hold-'));
  folders.push(folder);
  return join(folder, 'hold');
}

describe('the pause between import batches', () => {
  it('waits while the hold file exists and goes on once it is removed', async () => {
    const file = holdFile();
    writeFileSync(file, '');
    let passed = false;
    const waiting = betweenImportBatches(file)().then(() => (passed = true));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(passed).toBe(false);
    rmSync(file);
    await waiting;
    expect(passed).toBe(true);
  });

  it('is one turn of the event loop when no hold file is named or none exists', async () => {
    await expect(betweenImportBatches(undefined)()).resolves.toBeUndefined();
    await expect(betweenImportBatches(holdFile())()).resolves.toBeUndefined();
  });
});
