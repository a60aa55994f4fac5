import type { z } from 'zod';
import { contract, type ChannelName } from '../contract';
import { ApiError, type ApiErrorShape, type Result } from '../contract/errors';
import type { AppContext } from './context';
import { MAX_DOC_JSON_DEPTH, MAX_LIST_DEPTH } from '../shared/nesting-limits';
import { nestingDepth } from './nesting';
import { afterJournalChange } from '../sync/handlers';
import { journalErrorFrom, storageErrorFrom } from './storage-errors';

type AnyHandler = (ctx: AppContext, input: unknown) => unknown;

/**
 * Derived from the rich-text limits, so the guard never refuses a document the editor can write: a
 * document sits at most two objects deep in a request (plan:pivotAspiration's replacement.statement).
 */
export const MAX_PAYLOAD_DEPTH = MAX_DOC_JSON_DEPTH + 2;
const TOO_DEEP = `This request is nested too deeply to be read: text can hold lists ${MAX_LIST_DEPTH} levels deep at most; move some items out a level.`;

function invalid(message: string, fields: ApiErrorShape['fields'] = []): Result<never> {
  return { ok: false, error: { code: 'invalid_input', message, fields } };
}

export function describeIssues(issues: z.core.$ZodIssue[]): ApiErrorShape['fields'] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

export interface Router {
  call(channel: string, payload: unknown): Promise<Result<unknown>>;
  channels(): string[];
}

/**
 * One router for both hosts. It knows every channel of the contract, refuses a handler registered
 * twice, parses each payload with its schema before anything runs, and turns every failure into a
 * typed value: no exception crosses to the window, and an invalid payload writes nothing.
 */
export function createRouter(
  ctx: AppContext,
  ...handlerMaps: Record<string, AnyHandler>[]
): Router {
  const handlers = new Map<string, AnyHandler>();
  for (const map of handlerMaps) {
    for (const [name, handler] of Object.entries(map)) {
      if (handlers.has(name)) throw new Error(`A handler for ${name} is registered twice.`);
      if (!(name in contract)) throw new Error(`${name} is not a channel of the contract.`);
      handlers.set(name, handler);
    }
  }
  const missing = Object.keys(contract).filter((name) => !handlers.has(name));
  if (missing.length > 0) throw new Error(`No handler for ${missing.join(', ')}.`);

  async function run(
    channel: string,
    handler: AnyHandler,
    input: unknown,
  ): Promise<Result<unknown>> {
    try {
      // A journal opened read-only for its first screen is fully checked before its first write.
      if (contract[channel as ChannelName].changes.length > 0) ctx.session.beforeWrite();
      return { ok: true, value: await handler(ctx, input) };
    } catch (error) {
      const known = error instanceof ApiError ? error : journalErrorFrom(error);
      if (known) return { ok: false, error: known.toShape() };
      const storage = storageErrorFrom(error);
      if (storage) return { ok: false, error: storage };
      console.error(`[waymark] ${channel} failed:`, error);
      return {
        ok: false,
        error: {
          code: 'internal',
          message:
            'Something went wrong inside Waymark. Your text is still in the editor; try again.',
          fields: [],
        },
      };
    }
  }

  return {
    channels: () => [...handlers.keys()],
    async call(channel, payload) {
      const handler = handlers.get(channel);
      if (!handler) {
        return {
          ok: false,
          error: {
            code: 'unknown_channel',
            message: `Waymark has no action named "${channel}".`,
            fields: [],
          },
        };
      }
      if (nestingDepth(payload, MAX_PAYLOAD_DEPTH) > MAX_PAYLOAD_DEPTH) {
        return invalid(TOO_DEEP);
      }
      const schema = contract[channel as ChannelName].input as z.ZodType;
      const parsed = schema.safeParse(payload ?? {});
      if (!parsed.success) {
        const fields = describeIssues(parsed.error.issues);
        const first = fields[0];
        const where = first?.path ? ` (${first.path})` : '';
        return invalid(
          `Some of what was sent is not valid${where}: ${first?.message ?? 'unknown problem'}`,
          fields,
        );
      }
      const result = await run(channel, handler, parsed.data);
      if (result.ok && contract[channel as ChannelName].changes.length > 0) {
        afterJournalChange(ctx, channel);
      }
      // The session notes faults (to reopen the file next time) and that Waymark was just active.
      ctx.session.afterCall(result.ok ? undefined : result.error.code);
      return result;
    },
  };
}
