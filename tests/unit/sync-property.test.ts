import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RichTextNode } from '../../src-main/shared/rich-text-node';
import {
  createEntry,
  getEntry,
  listEntries,
  restoreEntry,
  trashEntry,
  updateEntry,
} from '../../src-main/journal/service';
import { addTag, removeTag, tagsOfEntry } from '../../src-main/tags/service';
import { replica, settle, sharedFolder, type Replica } from './sync-helpers';

type Op =
  | { kind: 'create'; at: number; words: string }
  | { kind: 'type'; at: number; entry: number; paragraph: number; offset: number; words: string }
  | { kind: 'split'; at: number; entry: number; paragraph: number }
  | { kind: 'date'; at: number; entry: number; day: number }
  | { kind: 'tag'; at: number; entry: number; name: string; add: boolean }
  | { kind: 'trash'; at: number; entry: number; trashed: boolean }
  | { kind: 'sync'; at: number };

const replicaIndex = fc.integer({ min: 0, max: 2 });
const words = fc.constantFrom('alpha', 'beta ', ' gamma', 'déjà vu', '🎉', 'x');
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), at: replicaIndex, words }),
  fc.record({
    kind: fc.constant('type' as const),
    at: replicaIndex,
    entry: fc.nat(5),
    paragraph: fc.nat(3),
    offset: fc.nat(20),
    words,
  }),
  fc.record({
    kind: fc.constant('split' as const),
    at: replicaIndex,
    entry: fc.nat(5),
    paragraph: fc.nat(3),
  }),
  fc.record({
    kind: fc.constant('date' as const),
    at: replicaIndex,
    entry: fc.nat(5),
    day: fc.integer({ min: 1, max: 28 }),
  }),
  fc.record({
    kind: fc.constant('tag' as const),
    at: replicaIndex,
    entry: fc.nat(5),
    name: fc.constantFrom('Work', 'work', 'Health', 'Ideas'),
    add: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('trash' as const),
    at: replicaIndex,
    entry: fc.nat(5),
    trashed: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('sync' as const), at: replicaIndex }),
);

function isSubsequence(small: string, large: string): boolean {
  const wanted = Array.from(small);
  let at = 0;
  for (const char of large) if (at < wanted.length && wanted[at] === char) at += 1;
  return at === wanted.length;
}

function paragraphs(body: RichTextNode): string[] {
  return (body.content ?? []).map((p) => (p.content ?? []).map((t) => t.text ?? '').join(''));
}

const docOf = (lines: string[]): RichTextNode => ({
  type: 'doc',
  content: lines.map((text) =>
    text === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text }] },
  ),
});

function allIds(r: Replica): string[] {
  return [...listEntries(r.ctx.db), ...listEntries(r.ctx.db, { trashed: true })]
    .map((e) => e.id)
    .sort();
}

async function apply(replicas: Replica[], step: Op): Promise<void> {
  const r = replicas[step.at]!;
  const db = r.ctx.db;
  if (step.kind === 'sync') {
    await r.sync();
    return;
  }
  if (step.kind === 'create') {
    createEntry(db, { entryDate: '2026-05-01', body: docOf([step.words]) });
    return;
  }
  const ids = allIds(r);
  if (ids.length === 0) return;
  const id = ids[step.entry % ids.length]!;
  const lines = paragraphs(getEntry(db, id).body);
  if (step.kind === 'type' || step.kind === 'split') {
    const index = lines.length === 0 ? 0 : step.paragraph % lines.length;
    const line = lines[index] ?? '';
    if (step.kind === 'type') {
      const cut = Array.from(line);
      const at = step.offset % (cut.length + 1);
      lines[index] = [...cut.slice(0, at), step.words, ...cut.slice(at)].join('');
    } else {
      lines.splice(index + 1, 0, '');
    }
    updateEntry(db, { id, body: docOf(lines) });
  } else if (step.kind === 'date') {
    updateEntry(db, { id, entryDate: `2026-05-${String(step.day).padStart(2, '0')}` });
  } else if (step.kind === 'tag') {
    if (step.add) addTag(db, { entryId: id, name: step.name });
    else removeTag(db, { entryId: id, name: step.name });
  } else if (step.trashed) trashEntry(db, id);
  else restoreEntry(db, id);
}

/** What a person would compare: every entry's date, text, tags and place (journal or trash). */
function journalOf(r: Replica) {
  return allIds(r).map((id) => {
    const entry = getEntry(r.ctx.db, id);
    return {
      id,
      date: entry.entryDate,
      body: entry.body,
      trashed: entry.deletedAt !== null,
      tags: tagsOfEntry(r.ctx.db, id)
        .map((t) => t.toLowerCase())
        .sort(),
    };
  });
}

describe('sync converges', () => {
  it('three computers doing random edits and syncing at random end with identical journals', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const folder = sharedFolder();
        const replicas = [
          await replica(folder, 'device-a'),
          await replica(folder, 'device-b'),
          await replica(folder, 'device-c'),
        ];
        for (const step of ops) await apply(replicas, step);
        const before = replicas.map((r) =>
          allIds(r).map((id) => [id, paragraphs(getEntry(r.ctx.db, id).body).join('\n')] as const),
        );
        await settle(...replicas);
        const [a, b, c] = replicas.map(journalOf);
        expect(b).toEqual(a);
        expect(c).toEqual(a);
        expect(a!.length).toBe(ops.filter((s) => s.kind === 'create').length);
        // No operation here deletes text, so every character any computer had is still there, in
        // the order it had it: nothing typed anywhere was lost in the merge.
        for (const texts of before) {
          for (const [id, text] of texts) {
            const merged = paragraphs(getEntry(replicas[0]!.ctx.db, id).body).join('\n');
            expect(
              isSubsequence(text, merged),
              `${JSON.stringify(text)} in ${JSON.stringify(merged)}`,
            ).toBe(true);
          }
        }
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});
