import { ApiError } from '../contract/errors';
import type { syncContract } from '../contract/sync';
import type { AppContext } from '../core/context';
import type { HandlersFor } from '../core/handlers';
import { WrongPassphraseError } from './crypto';
import { syncRunner } from './runner';
import { SyncTransportError } from './transport';
import { JOURNAL_BOX } from './secrets';
import { setUpSync, stopSync, syncStatus } from './service';
import { syncState } from './state';

const box = (ctx: AppContext) => ctx.secretBox ?? JOURNAL_BOX;
const status = (ctx: AppContext) => syncStatus(ctx.db, syncRunner(ctx).running, box(ctx));

export const syncHandlers = {
  'sync:status': (ctx) => status(ctx),
  'sync:setup': async (ctx, input) => {
    try {
      await setUpSync(ctx.db, input.target, input.passphrase, box(ctx));
    } catch (error) {
      if (error instanceof WrongPassphraseError) {
        throw new ApiError('wrong_passphrase', error.message, [
          { path: 'passphrase', message: error.message },
        ]);
      }
      if (error instanceof SyncTransportError) {
        throw new ApiError('conflict', error.message, [{ path: 'target', message: error.message }]);
      }
      throw error;
    }
    await syncRunner(ctx).runNow();
    return status(ctx);
  },
  'sync:now': async (ctx) => {
    await syncRunner(ctx).runNow();
    return status(ctx);
  },
  'sync:chooseFolder': async (ctx) => {
    if (!ctx.chooseFolder) {
      throw new ApiError(
        'unsupported',
        "The browser edition cannot open a folder chooser: type the folder's full path instead.",
      );
    }
    const path = await ctx.chooseFolder();
    return path === null ? { canceled: true as const } : { path };
  },
  'sync:stop': (ctx) => {
    stopSync(ctx.db);
    return status(ctx);
  },
} satisfies HandlersFor<typeof syncContract>;

/** Called by the router after every successful call that changed the journal. */
export function afterJournalChange(ctx: AppContext, channel: string): void {
  if (channel.startsWith('sync:') || !syncEnabled(ctx)) return;
  syncRunner(ctx).nudge();
}

/** Starts the background rounds when the journal was left syncing (called as the app starts). */
export function resumeSync(ctx: AppContext): void {
  if (syncEnabled(ctx)) syncRunner(ctx).nudge();
}

function syncEnabled(ctx: AppContext): boolean {
  try {
    return syncState(ctx.db).get('enabled') === '1';
  } catch {
    return false; // locked, or waiting on recovery
  }
}
