import { ApiError } from '../contract/errors';
import type { lockContract, LockSettings } from '../contract/lock';
import type { AppContext } from '../core/context';
import type { HandlersFor } from '../core/handlers';
import { settingsRepository } from '../db/settings';
import type { ConversionResult } from '../core/session';

const AUTO_LOCK_KEY = 'lock.autoLockMinutes';
/** An encrypted journal locks itself after this long idle until the person chooses otherwise. */
export const DEFAULT_AUTO_LOCK_MINUTES = 15;

export function readLockSettings(ctx: AppContext): LockSettings {
  const stored = settingsRepository(ctx.db).read(AUTO_LOCK_KEY);
  if (stored === null) return { autoLockMinutes: null };
  return {
    autoLockMinutes:
      typeof stored === 'number' && Number.isInteger(stored) && stored > 0
        ? stored
        : DEFAULT_AUTO_LOCK_MINUTES,
  };
}

function converted(ctx: AppContext, result: ConversionResult) {
  return { status: ctx.session.status(), ...result };
}

export const lockHandlers = {
  'lock:unlock': (ctx, input) => {
    ctx.session.unlock(input.passphrase);
    return ctx.session.status();
  },
  'lock:lock': (ctx) => {
    ctx.session.lock();
    // No readable copy of a file outlives the lock.
    ctx.openCopies?.clear();
    return ctx.session.status();
  },
  'lock:encrypt': (ctx, input) => {
    if (ctx.session.isEncrypted) {
      throw new ApiError(
        'conflict',
        'Your journal is already encrypted. Use Change passphrase to choose a new one.',
      );
    }
    return converted(ctx, ctx.session.changeEncryption(null, input.passphrase));
  },
  'lock:change': (ctx, input) => {
    requireEncrypted(ctx);
    return converted(ctx, ctx.session.changeEncryption(input.current, input.passphrase));
  },
  'lock:remove': (ctx, input) => {
    requireEncrypted(ctx);
    return converted(ctx, ctx.session.changeEncryption(input.current, null));
  },
  'lock:settings': (ctx) => readLockSettings(ctx),
  'lock:setAutoLock': (ctx, input) => {
    settingsRepository(ctx.db).write(AUTO_LOCK_KEY, input.minutes);
    return readLockSettings(ctx);
  },
} satisfies HandlersFor<typeof lockContract>;

function requireEncrypted(ctx: AppContext): void {
  if (!ctx.session.isEncrypted) {
    throw new ApiError('conflict', 'Your journal is not encrypted.');
  }
}
