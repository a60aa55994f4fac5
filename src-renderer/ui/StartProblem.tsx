import { Fragment, useId, useSyncExternalStore, type ReactNode } from 'react';
import { SESSION_NEEDED, sessionState, subscribeSession } from '../api/client';
import './start-problem.css';

/** A message's `npm run web`-style spans as code, the rest as text. */
function withCode(text: string): ReactNode {
  return text
    .split('`')
    .map((part, index) =>
      index % 2 === 1 ? <code key={index}>{part}</code> : <Fragment key={index}>{part}</Fragment>,
    );
}

/** In place of the app, when there is no journal to show: one message, and what to do about it. */
function StartCard({ message, children }: { message: string; children?: ReactNode }) {
  const id = useId();
  return (
    <main className="centered-screen" aria-labelledby={id}>
      <div className="raised-card start-problem-card">
        <p className="raised-card-mark" aria-hidden="true">
          ◆ Waymark
        </p>
        <p id={id} className="start-problem-message" role="alert">
          {withCode(message)}
        </p>
        {children}
      </div>
    </main>
  );
}

/**
 * The browser edition's tab holds no token the server accepts. Before anything was shown the
 * message takes the whole page; once the app was in use the app stays (with any unsaved text in
 * its editor) below the message. The app keeps its place in the tree either way: moved, React
 * would draw it anew and drop that text.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const state = useSyncExternalStore(subscribeSession, sessionState);
  if (state === 'refused') return <StartCard message={SESSION_NEEDED} />;
  const lost = state === 'lost';
  return (
    <div className={lost ? 'session-lost' : 'session-open'}>
      {lost && (
        <p className="session-lost-message" role="alert">
          {withCode(SESSION_NEEDED)}
        </p>
      )}
      <div className="session-app">{children}</div>
    </div>
  );
}

/** The journal's status could not be read at start: the reason, and a way to ask again. */
export function StartFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <StartCard message={message}>
      <button type="button" className="button-primary" onClick={onRetry}>
        Try again
      </button>
    </StartCard>
  );
}
