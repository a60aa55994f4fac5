import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RichTextNode } from '../../src-main/shared/rich-text-node';
import { createEntry, getEntry, listEntries, updateEntry } from '../../src-main/journal/service';
import { COMPACT_AFTER } from '../../src-main/sync/engine';
import { replica, settle, sharedFolder, twoComputers } from './sync-helpers';

const doc = (lines: string[]): RichTextNode => ({
  type: 'doc',
  content: lines.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});
const lines = (body: RichTextNode) =>
  (body.content ?? []).map((p) => (p.content ?? []).map((t) => t.text ?? '').join(''));

describe('sync at scale', () => {
  it('compacts its own files into a snapshot, and a computer joining later still gets everything', async () => {
    const folder = sharedFolder();
    const a = await replica(folder, 'device-a');
    const entry = createEntry(a.ctx.db, { body: doc(['0']) });
    for (let round = 1; round <= COMPACT_AFTER + 5; round += 1) {
      updateEntry(a.ctx.db, { id: entry.id, body: doc([String(round)]) });
      await a.sync();
    }
    const own = readdirSync(join(folder, 'waymark-sync', 'device-a'));
    expect(own.length).toBeLessThanOrEqual(COMPACT_AFTER);
    expect(own.some((name) => name.endsWith('.snap'))).toBe(true);
    const late = await replica(folder, 'device-c');
    await late.sync();
    expect(lines(getEntry(late.ctx.db, entry.id).body)).toEqual([String(COMPACT_AFTER + 5)]);
  });

  it('two computers apart for a month, 1,000 changes on each, converge without losing a line', async () => {
    const { a, b } = await twoComputers();
    const ids = Array.from(
      { length: 40 },
      (_, i) => createEntry(a.ctx.db, { body: doc([`Entry ${i}`]) }).id,
    );
    await settle(a, b);
    const day = (n: number) => new Date(Date.UTC(2026, 4, 1 + Math.floor(n / 34), 9, n % 60));
    for (let n = 0; n < 1000; n += 1) {
      for (const [side, name] of [
        [a, 'home'],
        [b, 'laptop'],
      ] as const) {
        const id = ids[(n * 7 + (name === 'home' ? 0 : 3)) % ids.length]!;
        const current = lines(getEntry(side.ctx.db, id).body);
        updateEntry(side.ctx.db, { id, body: doc([...current, `${name} ${n}`]) }, day(n));
      }
      if (n % 100 === 99) await a.sync(); // a syncs to the folder; b is away all month
    }
    await settle(a, b);
    const everyLine = new Set<string>();
    for (const id of ids) {
      const onA = lines(getEntry(a.ctx.db, id).body);
      expect(lines(getEntry(b.ctx.db, id).body)).toEqual(onA);
      for (const line of onA) everyLine.add(line);
    }
    for (let n = 0; n < 1000; n += 1) {
      expect(everyLine.has(`home ${n}`)).toBe(true);
      expect(everyLine.has(`laptop ${n}`)).toBe(true);
    }
    expect(listEntries(b.ctx.db)).toHaveLength(40);
  }, 120_000);
});
