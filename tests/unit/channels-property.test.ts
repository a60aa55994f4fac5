import fc from 'fast-check';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { channelNames, contract, type ChannelName } from '../../src-main/contract';
import { createAppRouter } from '../../src-main/core/all-handlers';
import { createEntry } from '../../src-main/journal/service';
import { docFromParagraphs } from '../../src-main/shared/rich-text';
import { tempJournal, totalChanges } from './helpers';

function nested(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

/** The field names a channel's schema knows, so payloads can be wrong in the details too. */
function fieldsOf(channel: ChannelName): string[] {
  const shape = (contract[channel].input as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/** Payloads of every kind: any JSON-like value, objects with the right names and wrong values, deep nesting. */
function payloads(channel: ChannelName): fc.Arbitrary<unknown> {
  const keys = [...fieldsOf(channel), 'extra', '__proto__', 'constructor'];
  return fc.oneof(
    fc.anything({ maxDepth: 4, withBigInt: false, withMap: true, withSet: true, withDate: true }),
    fc.dictionary(fc.constantFrom(...keys), fc.anything({ maxDepth: 3 }), { minKeys: 1 }),
    fc.dictionary(
      fc.constantFrom(...keys),
      fc.oneof(
        fc.string({ maxLength: 2_000 }),
        fc.integer(),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
      ),
    ),
    fc.integer({ min: 65, max: 400 }).map(nested),
  );
}

describe('every contract channel fed malformed payloads (property-based)', () => {
  it.each(channelNames)(
    '%s answers a typed error, never crashes and writes nothing',
    async (channel) => {
      const ctx = tempJournal();
      createEntry(ctx.db, { id: 'kept', body: docFromParagraphs(['Still here']) });
      const router = createAppRouter(ctx);
      const schema = contract[channel].input as z.ZodType;
      const before = totalChanges(ctx);
      let tried = 0;
      await fc.assert(
        fc.asyncProperty(payloads(channel), async (payload) => {
          // The router reads a missing payload as {}; anything the schema accepts is not malformed.
          if (schema.safeParse(payload ?? {}).success) return;
          tried++;
          const result = await router.call(channel, payload);
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.error.code).toBe('invalid_input');
          expect(result.error.message).toMatch(/^[A-Z].*\S/);
          expect(Array.isArray(result.error.fields)).toBe(true);
        }),
        { numRuns: 80 },
      );
      expect(tried).toBeGreaterThan(40);
      expect(totalChanges(ctx)).toBe(before);
      // Nor a file: no backup, export or set-aside folder appeared.
      expect(readdirSync(ctx.dataDir).filter((name) => !name.startsWith('waymark.sqlite'))).toEqual(
        [],
      );
      expect(existsSync(join(ctx.dataDir, 'waymark.sqlite'))).toBe(true);
      expect((await router.call('journal:get', { id: 'kept' })).ok).toBe(true);
    },
  );
});
