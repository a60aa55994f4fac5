import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addAttachment, readAttachment } from '../../src-main/attachments/service';
import { createEntry, getEntry } from '../../src-main/journal/service';
import { attachmentFileName } from '../../src-main/sync/attachments';
import { docWith, picture, pngBytes } from './attachment-fixtures';
import { replica, settle, sharedFolder } from './sync-helpers';

describe('sync of pictures and files', () => {
  it('sends the bytes an entry refers to once, encrypted, and the other computer keeps them', async () => {
    const folder = sharedFolder();
    const a = await replica(folder, 'device-a');
    const b = await replica(folder, 'device-b');
    const bytes = pngBytes();
    const added = await addAttachment(a.ctx.db, { name: 'team.png', bytes });
    const entry = createEntry(a.ctx.db, {
      body: docWith('The team', picture(added.sha256, 'Team photo')),
    });
    await settle(a, b);

    expect(getEntry(b.ctx.db, entry.id).body).toEqual(getEntry(a.ctx.db, entry.id).body);
    const copy = readAttachment(b.ctx.db, added.sha256);
    expect(copy?.bytes.equals(bytes)).toBe(true);
    expect(copy?.attachment.name).toBe('team.png');
    const sent = readFileSync(
      join(folder, 'waymark-sync', 'device-a', attachmentFileName(added.sha256)),
    );
    expect(sent.includes(Buffer.from('waymark test picture'))).toBe(false); // never readable there
  });

  it('refuses bytes that were changed on the way, and says so', async () => {
    const folder = sharedFolder();
    const a = await replica(folder, 'device-a');
    const b = await replica(folder, 'device-b');
    const added = await addAttachment(a.ctx.db, { name: 'team.png', bytes: pngBytes() });
    createEntry(a.ctx.db, { body: docWith('The team', picture(added.sha256)) });
    await a.sync();
    const path = join(folder, 'waymark-sync', 'device-a', attachmentFileName(added.sha256));
    const sealed = readFileSync(path);
    sealed.writeUInt8(sealed.readUInt8(40) ^ 1, 40);
    writeFileSync(path, sealed);
    const report = await b.sync();
    expect(report.skipped.join(' ')).toMatch(/picture or file .* could not be read/);
    expect(readAttachment(b.ctx.db, added.sha256)).toBeNull();
  });
});
