import type { backupContract } from '../contract/backup';
import type { HandlersFor } from '../core/handlers';
import { backupNow } from '../core/maintenance';
import { backupsDir, listBackups } from './backups';
import { restoreBackup, startNewJournal } from './restore';
import { salvageJournal } from './salvage';

export const backupHandlers = {
  'backup:list': (ctx) => ({
    folder: backupsDir(ctx.dataDir),
    backups: listBackups(ctx.dataDir),
    lastError: ctx.session.lastBackupError,
    background: { ...ctx.session.background },
  }),
  'backup:create': (ctx) => backupNow(ctx, 'manual'),
  'backup:restore': (ctx, input) => restoreBackup(ctx.session, input.name),
  'recovery:status': (ctx) => ctx.session.status(),
  'recovery:salvage': (ctx) =>
    salvageJournal(ctx.databaseFile, ctx.dataDir, ctx.now(), ctx.version, ctx.session.access),
  'recovery:keep': (ctx) => {
    ctx.session.acceptAsIs();
    return ctx.session.status();
  },
  'recovery:unlockBackups': (ctx, input) => {
    ctx.session.unlockBackups(input.passphrase);
    return ctx.session.status();
  },
  'recovery:startNew': (ctx) => {
    startNewJournal(ctx.session);
    return ctx.session.status();
  },
} satisfies HandlersFor<typeof backupContract>;
