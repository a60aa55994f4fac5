import Database from '../../src-main/db/sqlite';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import {
  backupName,
  backupsDir,
  createBackup,
  listBackups,
  parseBackupName,
} from '../../src-main/backup/backups';
import { maintenanceRound } from '../../src-main/core/maintenance';
import { openJournal } from '../../src-main/core/open-journal';
import type * as integrity from '../../src-main/db/integrity';
import { schemaVersion } from '../../src-main/db/migrate';
import { LATEST_VERSION, migrations } from '../../src-main/db/migrations';
import { createEntry, listEntries } from '../../src-main/journal/service';
import { docFromParagraphs } from '../../src-main/shared/rich-text';
import { tempDir, tempJournal } from './helpers';

const checks = vi.hoisted(() => ({ failNext: false }));

vi.mock('../../src-main/db/integrity', async (importOriginal) => {
  const original = await importOriginal<typeof integrity>();
  return {
    ...original,
    checkFile: (...args: Parameters<typeof original.checkFile>) => {
      if (checks.failNext) {
        checks.failNext = false;
        return {
          ok: false,
          problems: ['*** in database main *** Page 3: btreeInitPage() returns error code 11'],
        };
      }
      return original.checkFile(...args);
    },
  };
});

/** The entries of a backup, decompressed first when it is gzipped. */
function readEntries(file: string): string[] {
  if (file.endsWith('.gz')) {
    const plain = join(tempDir(), 'unpacked.sqlite');
    writeFileSync(plain, gunzipSync(readFileSync(file)));
    file = plain;
  }
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT id FROM entries ORDER BY id').pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('backups', () => {
  it('are consistent single-file copies that pass integrity_check', () => {
    const ctx = tempJournal();
    createEntry(ctx.db, { id: 'a', body: docFromParagraphs(['First']) });
    createEntry(ctx.db, { id: 'b', body: docFromParagraphs(['Second']) });
    const info = createBackup(ctx.db, ctx.dataDir, 'manual', new Date('2025-03-01T10:00:00.000Z'));
    expect(info).toMatchObject({
      name: 'waymark-2025-03-01T10-00-00-000Z-manual.sqlite',
      kind: 'manual',
    });
    const file = join(backupsDir(ctx.dataDir), info.name);
    expect(readEntries(file)).toEqual(['a', 'b']);
    const copy = new Database(file, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    // Nothing but finished backups in the folder: no WAL, no partial file.
    expect(readdirSync(backupsDir(ctx.dataDir))).toEqual([info.name]);
    expect(listBackups(ctx.dataDir)).toEqual([{ ...info, size: info.size }]);
    expect(info.size).toBeGreaterThan(0);
  });

  it('names carry the time and kind, and anything else in the folder is ignored', () => {
    const at = new Date('2025-12-31T23:59:59.999Z');
    expect(parseBackupName(backupName(at, 'pre-migration'))).toEqual({
      takenAt: at,
      kind: 'pre-migration',
    });
    expect(parseBackupName('notes.txt')).toBeNull();
    expect(parseBackupName('waymark-2025-12-31T23-59-59-999Z-evil.sqlite')).toBeNull();
    const ctx = tempJournal();
    createBackup(ctx.db, ctx.dataDir, 'manual', at);
    writeFileSync(join(backupsDir(ctx.dataDir), 'README.txt'), 'mine');
    expect(listBackups(ctx.dataDir).map((b) => b.name)).toEqual([backupName(at, 'manual')]);
  });

  it('two backups in the same millisecond get distinct names', () => {
    const ctx = tempJournal();
    const at = new Date('2025-03-01T10:00:00.000Z');
    const one = createBackup(ctx.db, ctx.dataDir, 'manual', at);
    const two = createBackup(ctx.db, ctx.dataDir, 'manual', at);
    expect(one.name).not.toBe(two.name);
    // Same day: the rotation keeps the newer one.
    expect(listBackups(ctx.dataDir).map((b) => b.name)).toEqual([two.name]);
  });

  it('rotates older backups out only after the new one passed its check', () => {
    const ctx = tempJournal();
    // Three backups on one day: only the newest of that day survives rotation.
    for (const hour of [8, 9, 10]) {
      createBackup(ctx.db, ctx.dataDir, 'manual', new Date(2025, 2, 1, hour));
    }
    expect(listBackups(ctx.dataDir)).toHaveLength(1);
    createBackup(ctx.db, ctx.dataDir, 'manual', new Date(2025, 2, 2, 8));
    createBackup(ctx.db, ctx.dataDir, 'manual', new Date(2025, 2, 2, 9));
    const before = listBackups(ctx.dataDir).map((b) => b.name);
    expect(before).toHaveLength(2);

    // A new backup that fails its check is removed, and the older ones stay.
    checks.failNext = true;
    expect(() => createBackup(ctx.db, ctx.dataDir, 'manual', new Date(2025, 2, 2, 10))).toThrow(
      /did not pass its check.*no older backup was deleted/,
    );
    expect(listBackups(ctx.dataDir).map((b) => b.name)).toEqual(before);
  });

  it('says in words why a backup could not be made', () => {
    const ctx = tempJournal();
    writeFileSync(join(ctx.dataDir, 'backups'), 'a file where the folder should be');
    expect(() => createBackup(ctx.db, ctx.dataDir, 'manual', new Date())).toThrow(
      /^Waymark could not make a backup because/,
    );
  });
});

describe('automatic backups', () => {
  it('are taken after start when the newest is over a day old, not for a brand-new journal', async () => {
    const dataDir = tempDir();
    let now = new Date('2025-03-01T08:00:00Z');
    const start = async () => {
      const ctx = openJournal({ dataDir, host: 'web', now: () => now });
      await maintenanceRound(ctx);
      ctx.session.close();
    };
    const first = openJournal({ dataDir, host: 'web', now: () => now });
    createEntry(first.db, { id: 'kept', body: docFromParagraphs(['Kept']) });
    await maintenanceRound(first);
    first.session.close();
    expect(listBackups(dataDir)).toEqual([]); // nothing to protect yet when it was created

    await start();
    const backups = listBackups(dataDir);
    expect(backups).toHaveLength(1);
    expect(backups[0]?.kind).toBe('daily');
    expect(readEntries(join(backupsDir(dataDir), backups[0]?.name as string))).toEqual(['kept']);

    now = new Date('2025-03-01T20:00:00Z'); // same day: not due
    await start();
    expect(listBackups(dataDir)).toHaveLength(1);

    now = new Date('2025-03-02T09:00:00Z'); // over a day later
    await start();
    expect(listBackups(dataDir)).toHaveLength(2);
  });

  it('are taken before a migration, and a failed backup stops the migration', () => {
    const dataDir = tempDir();
    const ctx = openJournal({ dataDir, host: 'web', dailyBackup: false });
    createEntry(ctx.db, { id: 'before-update', body: docFromParagraphs(['Old format']) });
    ctx.session.close();
    const next = [
      ...migrations,
      {
        version: LATEST_VERSION + 1,
        name: 'extra',
        sql: 'CREATE TABLE extra (id TEXT PRIMARY KEY);',
      },
    ];

    // The backups folder cannot be made: the journal stays in its old format.
    writeFileSync(join(dataDir, 'backups'), 'in the way');
    expect(() =>
      openJournal({ dataDir, host: 'web', migrations: next, dailyBackup: false }),
    ).toThrow(
      /Before updating your journal to a new format, Waymark backs it up\. .* Your journal was not changed\./,
    );
    const untouched = new Database(join(dataDir, 'waymark.sqlite'), { readonly: true });
    expect(schemaVersion(untouched)).toBe(LATEST_VERSION);
    untouched.close();

    rmSync(join(dataDir, 'backups'));
    const updated = openJournal({ dataDir, host: 'web', migrations: next, dailyBackup: false });
    expect(schemaVersion(updated.db)).toBe(LATEST_VERSION + 1);
    expect(listEntries(updated.db).map((e) => e.id)).toEqual(['before-update']);
    const [backup] = listBackups(dataDir);
    expect(backup?.kind).toBe('pre-migration');
    const copy = new Database(join(backupsDir(dataDir), backup?.name as string), {
      readonly: true,
    });
    expect(schemaVersion(copy)).toBe(LATEST_VERSION);
    copy.close();
    updated.session.close();
    expect(existsSync(join(dataDir, 'waymark.sqlite'))).toBe(true);
  });
});
