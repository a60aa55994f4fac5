import { journalHandlers } from '../journal/handlers';
import { planHandlers } from '../plan/handlers';
import { todayHandlers } from '../today/handlers';
import { valuesHandlers } from '../values/handlers';
import { welcomeHandlers } from '../welcome/handlers';
import { appHandlers } from './app-handlers';
import type { AppContext } from './context';
import { createRouter, type Router } from './router';

/** Every domain's handlers; each host builds its router from this one list. */
export const allHandlers = [
  appHandlers,
  journalHandlers,
  planHandlers,
  valuesHandlers,
  todayHandlers,
  welcomeHandlers,
];

export function createAppRouter(ctx: AppContext): Router {
  return createRouter(
    ctx,
    ...(allHandlers as unknown as Record<string, (ctx: AppContext, input: unknown) => unknown>[]),
  );
}
