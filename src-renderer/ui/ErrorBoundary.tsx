import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

const TEXT = {
  screen: {
    title: 'This screen could not be shown',
    advice:
      'Something went wrong while drawing it. What was saved is safe in your journal. Try again, or choose another screen on the left.',
    retry: 'Try again',
  },
  window: {
    title: 'Waymark could not carry on',
    advice:
      'Something went wrong in this window. What was saved is safe in your journal. Reload to carry on.',
    retry: 'Reload',
  },
} as const;

/**
 * Keeps a part that fails to draw from taking the whole window down: React gives up on everything
 * above the nearest boundary, so without one a single bad render left a blank window. Around each
 * screen (`scope` "screen"), the sidebar stays usable and the screen offers to try again; around
 * the whole app ("window", the last resort), the window offers to reload.
 */
export class ErrorBoundary extends Component<
  {
    children: ReactNode;
    scope?: keyof typeof TEXT;
    /** Before trying again: drops what the screen was drawn from, so it is read afresh. */
    onRetry?: () => void;
  },
  State
> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(
      `[waymark] a ${this.props.scope ?? 'screen'} could not be drawn:`,
      error,
      info.componentStack,
    );
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const text = TEXT[this.props.scope ?? 'screen'];
    return (
      <section className="empty-state screen-error" role="alert" aria-labelledby="screen-error">
        <h2 id="screen-error">{text.title}</h2>
        <p>{text.advice}</p>
        <p className="screen-error-detail">{error.message}</p>
        <button
          type="button"
          className="button-primary"
          onClick={() => {
            this.props.onRetry?.();
            this.setState({ error: null });
          }}
        >
          {text.retry}
        </button>
      </section>
    );
  }
}
