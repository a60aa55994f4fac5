// First of all style sheets: the shared classes that each screen's own rules refine.
import './ui/surfaces.css';
import {
  MutationCache,
  notifyManager,
  QueryCache,
  QueryClient,
  QueryClientProvider,
} from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError, retryOnce, takeTokenFromLocation } from './api/client';
import { App } from './App';
import { installCloseGuard } from './editor/close-guard';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { SessionGate } from './ui/StartProblem';
import { settingsKeys } from './features/settings/queries';
import './styles.css';
// After every other style sheet: its narrow-window rules override theirs.
import './ui/narrow.css';

takeTokenFromLocation();
installCloseGuard();

// A change to the cache reaches the screen before the browser does anything else. By default the
// query library tells components in a timer; until it fired, a ticked step (drawn from the cache)
// was put back unticked by React, and on a busy computer a person could see it, or click again.
notifyManager.setScheduler(queueMicrotask);

/**
 * The journal was locked from elsewhere (the desktop's screen lock, another tab of the browser
 * edition): the next call says so, and asking for the status again shows the lock screen.
 */
function onError(error: unknown): void {
  if (!(error instanceof ApiError) || error.code !== 'journal_locked') return;
  const status = queryClient.getQueryData<{ state: string }>(settingsKeys.status);
  if (status?.state !== 'locked')
    void queryClient.invalidateQueries({ queryKey: settingsKeys.status });
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: { retry: retryOnce, refetchOnWindowFocus: false, staleTime: 30_000 },
    mutations: { retry: 0 },
  },
});

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      {/* The last resort, for what sits outside the screens (sidebar, dialogs, messages). */}
      <ErrorBoundary scope="window" onRetry={() => window.location.reload()}>
        <SessionGate>
          <App />
        </SessionGate>
      </ErrorBoundary>
    </QueryClientProvider>
  </StrictMode>,
);
