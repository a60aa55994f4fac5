import type { searchContract } from '../contract/search';
import type { HandlersFor } from '../core/handlers';
import { search } from './service';

export const searchHandlers = {
  'search:query': (ctx, input) => search(ctx.db, input),
} satisfies HandlersFor<typeof searchContract>;
