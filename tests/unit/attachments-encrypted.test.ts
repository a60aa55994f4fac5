import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src-main/contract/errors';
import { createAppRouter } from '../../src-main/core/all-handlers';
import { openJournal } from '../../src-main/core/open-journal';
import { readAttachment } from '../../src-main/attachments/service';
import { docWith, picture, pngBytes } from './attachment-fixtures';
import { afterThisTest, tempDir } from './helpers';

const MARKER = 'PICTURE-MARKER-of-the-offsite-whiteboard-4471';
const PASS = 'correct horse battery staple';

function ok<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** Every file under `dir` whose bytes contain `marker`. */
function filesContaining(dir: string, marker: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (readFileSync(path).includes(Buffer.from(marker, 'latin1'))) found.push(path);
  }
  return found;
}

describe('pictures in an encrypted journal', () => {
  it('leaves none of a picture’s bytes readable in any file of the data folder', async () => {
    const dataDir = tempDir();
    const ctx = openJournal({ dataDir, host: 'web', dailyBackup: false });
    afterThisTest(() => ctx.session.close());
    const router = createAppRouter(ctx);
    ok(await router.call('lock:encrypt', { passphrase: PASS, repeat: PASS }));

    const png = pngBytes(MARKER);
    const { uploadId } = ok<{ uploadId: string }>(
      await router.call('attachments:begin', { name: 'whiteboard.png', size: png.length }),
    );
    ok(await router.call('attachments:part', { uploadId, data: png.toString('base64') }));
    const { sha256 } = ok<{ sha256: string }>(
      await router.call('attachments:finish', { uploadId }),
    );
    ok(await router.call('journal:create', { body: docWith('Offsite', picture(sha256, 'Plan')) }));
    ok(await router.call('backup:create', {}));

    expect(readAttachment(ctx.db, sha256)?.bytes.includes(Buffer.from(MARKER))).toBe(true);
    expect(filesContaining(dataDir, MARKER)).toEqual([]);
  });

  it('keeps a picture’s bytes in the journal file of a plain journal (the marker is findable)', async () => {
    // The scan above can fail: without encryption, the same bytes are found on disk.
    const dataDir = tempDir();
    const ctx = openJournal({ dataDir, host: 'web', dailyBackup: false });
    afterThisTest(() => ctx.session.close());
    const router = createAppRouter(ctx);
    const png = pngBytes(MARKER);
    const { uploadId } = ok<{ uploadId: string }>(
      await router.call('attachments:begin', { name: 'whiteboard.png', size: png.length }),
    );
    ok(await router.call('attachments:part', { uploadId, data: png.toString('base64') }));
    ok(await router.call('attachments:finish', { uploadId }));
    expect(filesContaining(dataDir, MARKER).length).toBeGreaterThan(0);
  });
});
