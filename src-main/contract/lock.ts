import { z } from 'zod';
import type { JournalStatus } from './backup';
import { channel } from './define';

export const MIN_PASSPHRASE = 8;
export const MAX_PASSPHRASE = 1024;
/** Idle times offered for auto-lock, in minutes. */
export const AUTO_LOCK_CHOICES = [1, 5, 15, 30, 60] as const;

/** A passphrase being chosen: long enough to matter, and made of characters that can be typed. */
const newPassphrase = z
  .string()
  .min(MIN_PASSPHRASE, `Use at least ${MIN_PASSPHRASE} characters.`)
  .max(MAX_PASSPHRASE, `Use at most ${MAX_PASSPHRASE} characters.`)
  // eslint-disable-next-line no-control-regex
  .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), 'Use only characters you can type.');

/** A passphrase being entered: checked against the journal, so only its size is limited here. */
const givenPassphrase = z
  .string()
  .min(1, 'Enter your passphrase.')
  .max(MAX_PASSPHRASE, 'That passphrase does not open this journal.');

const SAME = { message: 'The two passphrases are not the same.', path: ['repeat'] };

export interface LockSettings {
  /** Lock after this many minutes without a key press or a click; null: never. */
  autoLockMinutes: number | null;
}

export interface EncryptionResult {
  status: JournalStatus;
  /** Backups converted to match the journal's new passphrase (or lack of one). */
  backupsConverted: number;
  /** Backups that could not be converted, by name (left as they were). */
  backupsLeft: string[];
}

export const lockContract = {
  'lock:unlock': channel(z.strictObject({ passphrase: givenPassphrase })).returns<JournalStatus>(),
  'lock:lock': channel(z.strictObject({})).returns<JournalStatus>(),
  'lock:encrypt': channel(
    z
      .strictObject({ passphrase: newPassphrase, repeat: z.string().max(MAX_PASSPHRASE) })
      .refine((input) => input.passphrase === input.repeat, SAME),
    { changes: ['status', 'backups', 'lock'] },
  ).returns<EncryptionResult>(),
  'lock:change': channel(
    z
      .strictObject({
        current: givenPassphrase,
        passphrase: newPassphrase,
        repeat: z.string().max(MAX_PASSPHRASE),
      })
      .refine((input) => input.passphrase === input.repeat, SAME),
    { changes: ['status', 'backups', 'lock'] },
  ).returns<EncryptionResult>(),
  'lock:remove': channel(z.strictObject({ current: givenPassphrase }), {
    changes: ['status', 'backups', 'lock'],
  }).returns<EncryptionResult>(),
  'lock:settings': channel(z.strictObject({}), { reads: ['lock'] }).returns<LockSettings>(),
  'lock:setAutoLock': channel(
    z.strictObject({
      minutes: z.union([
        z.null(),
        z.number().int('Choose whole minutes.').min(1, 'Choose at least one minute.').max(1440),
      ]),
    }),
    { changes: ['lock'] },
  ).returns<LockSettings>(),
};
