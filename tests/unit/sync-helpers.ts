import { expect } from 'vitest';
import type { AppContext } from '../../src-main/core/context';
import { createEntry, getEntry, saveEntry } from '../../src-main/journal/service';
import {
  createAspiration,
  requireAspiration,
  updateAspiration,
} from '../../src-main/plan/aspirations';
import type { RichTextNode } from '../../src-main/shared/rich-text-node';
import { markAllDirty, keyForTarget, syncOnce, type SyncReport } from '../../src-main/sync/engine';
import { folderTransport } from '../../src-main/sync/folder-transport';
import type { SyncTransport } from '../../src-main/sync/transport';
import { tempDir, tempJournal } from './helpers';

/** scrypt made cheap for tests; the app uses DEFAULT_COST. */
export const TEST_COST = { N: 1024, r: 8, p: 1 };

export interface Replica {
  ctx: AppContext;
  deviceId: string;
  key: Buffer;
  transport: SyncTransport;
  sync(): Promise<SyncReport>;
}

/** A journal in its own temp folder, syncing through `folder` as device `deviceId`. */
export async function replica(
  folder: string,
  deviceId: string,
  options: { passphrase?: string; transport?: SyncTransport; now?: () => Date } = {},
): Promise<Replica> {
  const ctx = tempJournal({ now: options.now });
  const transport = options.transport ?? folderTransport(folder);
  const key = await keyForTarget(transport, options.passphrase ?? 'correct horse', TEST_COST);
  markAllDirty(ctx.db);
  return {
    ctx,
    deviceId,
    key,
    transport,
    sync: () => syncOnce({ db: ctx.db, transport, key, deviceId, now: ctx.now }),
  };
}

export function sharedFolder(): string {
  return tempDir('waymark-sync-target-');
}

/** Two computers, device-a (made with `aOptions`) and device-b, syncing through one new folder. */
export async function twoComputers(
  aOptions: Parameters<typeof replica>[2] = {},
): Promise<{ folder: string; a: Replica; b: Replica }> {
  const folder = sharedFolder();
  const a = await replica(folder, 'device-a', aOptions);
  return { folder, a, b: await replica(folder, 'device-b') };
}

/** Rounds until every replica has seen every other's files. */
export async function settle(...replicas: Replica[]): Promise<void> {
  for (let round = 0; round < 2; round += 1) {
    for (const r of replicas) await r.sync();
  }
}

/** Two computers that both hold one entry with `body`, written on device-a. */
export async function twoWithEntry(body: RichTextNode) {
  const { a, b } = await twoComputers();
  const entry = createEntry(a.ctx.db, { body });
  await settle(a, b);
  return { a, b, entry };
}

/** A document of one paragraph per line. */
export const paragraphs = (...lines: string[]): RichTextNode => ({
  type: 'doc',
  content: lines.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

/** A kind of record whose rich text an editor saves, saying which revision it was typed on. */
export interface EditedText {
  create(on: Replica, text: RichTextNode): string;
  read(on: Replica, id: string): { text: RichTextNode; revision: number };
  /** Saves `text`; answers with the revision it now is. */
  save(on: Replica, id: string, text: RichTextNode, baseRevision?: number): number;
}

/** An entry's body, as EntryEditor saves it. */
export const ENTRY_TEXT: EditedText = {
  create: (on, body) => createEntry(on.ctx.db, { body }).id,
  read: (on, id) => {
    const entry = getEntry(on.ctx.db, id);
    return { text: entry.body, revision: entry.revision };
  },
  save: (on, id, body, baseRevision) => saveEntry(on.ctx.db, { id, body, baseRevision }).revision,
};

/** An aspiration's statement, as AspirationEditor saves it. */
export const STATEMENT_TEXT: EditedText = {
  create: (on, statement) => createAspiration(on.ctx.db, { title: 'Lead design', statement }).id,
  read: (on, id) => {
    const aspiration = requireAspiration(on.ctx.db, id);
    return { text: aspiration.statement, revision: aspiration.revision };
  },
  save: (on, id, statement, baseRevision) =>
    updateAspiration(on.ctx.db, { id, statement, baseRevision }).revision,
};

/**
 * An editor open on a record of `on` (an entry unless `kind` says otherwise), as EntryEditor is:
 * it holds the text it last showed and the revision that text was, and every save says which
 * revision it was typed on.
 */
export function openEditor(on: Replica, id: string, kind: EditedText = ENTRY_TEXT) {
  const shown = kind.read(on, id);
  let typedOn = shown.revision;
  return {
    shown: shown.text,
    save(text: RichTextNode) {
      typedOn = kind.save(on, id, text, typedOn);
    },
  };
}

/**
 * Computer A, where an editor is open, and computer B, which edits the same record, made on A
 * with one paragraph per line: `fromB` saves B's text and brings it to A through one round each;
 * `bothHave` syncs to the end and checks both.
 */
export async function twoEditing(kind: EditedText, ...lines: string[]) {
  const folder = sharedFolder();
  const a = await replica(folder, 'device-a');
  const b = await replica(folder, 'device-b');
  const id = kind.create(a, paragraphs(...lines));
  await settle(a, b);
  return {
    a,
    id,
    async fromB(...text: string[]) {
      kind.save(b, id, paragraphs(...text));
      await b.sync();
      await a.sync();
    },
    async bothHave(...text: string[]) {
      await settle(a, b);
      expect(kind.read(a, id).text).toEqual(paragraphs(...text));
      expect(kind.read(b, id).text).toEqual(paragraphs(...text));
    },
  };
}
