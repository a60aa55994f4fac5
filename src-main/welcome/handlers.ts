import type { welcomeContract } from '../contract/welcome';
import type { HandlersFor } from '../core/handlers';
import { completeWelcome, skipWelcome, welcomeState } from './service';

export const welcomeHandlers = {
  'welcome:state': (ctx) => welcomeState(ctx.db),
  'welcome:skip': (ctx) => skipWelcome(ctx.db),
  'welcome:complete': (ctx, input) => completeWelcome(ctx.db, input, ctx.now()),
} satisfies HandlersFor<typeof welcomeContract>;
