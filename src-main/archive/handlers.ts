import type { archiveContract } from '../contract/archive';
import type { HandlersFor } from '../core/handlers';
import { createBackup } from '../backup/backups';
import { archiveToText, exportArchive, exportFileName } from './export';
import { importArchive } from './import';
import { exportMarkdown } from './markdown-export';

export const archiveHandlers = {
  'archive:export': (ctx) => {
    const now = ctx.now();
    return {
      fileName: exportFileName(now),
      text: archiveToText(exportArchive(ctx.db, now, ctx.version)),
    };
  },
  'archive:import': (ctx, input) =>
    importArchive(ctx.db, input.text, {
      // Taken once the file has passed every check, so an import can be undone by a restore.
      backup: () =>
        createBackup(ctx.db, ctx.dataDir, 'pre-import', ctx.now(), ctx.session.access).name,
    }),
  'archive:markdown': (ctx) => exportMarkdown(ctx.db, ctx.dataDir, ctx.now()),
} satisfies HandlersFor<typeof archiveContract>;
