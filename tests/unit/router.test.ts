import { describe, expect, it } from 'vitest';
import { channelNames, contract } from '../../src-main/contract';
import { createAppRouter } from '../../src-main/core/all-handlers';
import { createRouter } from '../../src-main/core/router';
import { createEntry } from '../../src-main/journal/service';
import { tempJournal, totalChanges } from './helpers';

function deeplyNested(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

/** Payloads no channel accepts: wrong shapes, unknown fields, hostile nesting. */
const MALFORMED: unknown[] = [
  42,
  'journal',
  true,
  [],
  [1, 2, 3],
  { unexpectedField: 1 },
  { id: 5 },
  { id: '' },
  { id: 'x'.repeat(65) },
  { entryDate: '2025-02-30' },
  { entryDate: 'yesterday' },
  { body: { type: 'paragraph' } },
  { body: 'not a document' },
  { limit: -1 },
  { trashed: 'yes' },
  deeplyNested(500),
  { id: 'x', body: deeplyNested(100) },
];

describe('the router', () => {
  it('has a handler for every channel in the contract', () => {
    const router = createAppRouter(tempJournal());
    expect(router.channels().sort()).toEqual([...channelNames].sort());
  });

  it('refuses to register a channel twice', () => {
    const ctx = tempJournal();
    const handler = { 'app:info': () => null };
    expect(() => createRouter(ctx, handler, handler)).toThrow(/registered twice/);
  });

  it.each(channelNames)(
    'rejects malformed payloads for %s with a typed error and writes nothing',
    async (channel) => {
      const ctx = tempJournal();
      const entry = createEntry(ctx.db, {});
      const router = createAppRouter(ctx);
      const before = totalChanges(ctx);
      let rejected = 0;
      for (const payload of MALFORMED) {
        // A payload a channel happens to accept (e.g. {limit:…} for another channel) is not malformed for it.
        if (contract[channel].input.safeParse(payload).success) continue;
        const result = await router.call(channel, payload);
        expect(result.ok, JSON.stringify(payload).slice(0, 80)).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('invalid_input');
          expect(result.error.message).toMatch(/[A-Za-z]/);
          expect(Array.isArray(result.error.fields)).toBe(true);
        }
        rejected++;
      }
      expect(rejected).toBeGreaterThan(10);
      expect(totalChanges(ctx)).toBe(before);
      expect((await router.call('journal:get', { id: entry.id })).ok).toBe(true);
    },
  );

  it('names the offending field in words', async () => {
    const router = createAppRouter(tempJournal());
    const result = await router.call('journal:create', { entryDate: '2025-02-30' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: [{ path: 'entryDate', message: 'That date does not exist on the calendar.' }],
      },
    });
  });

  it('answers an unknown channel with a typed error', async () => {
    const router = createAppRouter(tempJournal());
    const result = await router.call('journal:explode', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('turns a missing record into not_found rather than a crash', async () => {
    const router = createAppRouter(tempJournal());
    const result = await router.call('journal:get', { id: 'nope' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('translates a full disk into a storage error a person understands', async () => {
    const ctx = tempJournal();
    const router = createAppRouter(ctx);
    const pages = ctx.db.pragma('page_count', { simple: true }) as number;
    ctx.db.pragma(`max_page_count = ${pages}`);
    const big = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(200_000) }] }],
    };
    const result = await router.call('journal:create', { body: big });
    expect(result).toMatchObject({ ok: false, error: { code: 'storage_full' } });
    if (!result.ok) expect(result.error.message).toMatch(/disk is full/);
  });
});
