import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * Keeps a screen that fails to draw from taking the whole window down: React gives up on
 * everything above the nearest boundary, so without one a single bad render left a blank window.
 * The sidebar stays usable; the screen says what happened and offers to try again.
 */
export class ScreenErrorBoundary extends Component<
  {
    children: ReactNode;
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
    console.error('[waymark] a screen could not be drawn:', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="empty-state screen-error" role="alert" aria-labelledby="screen-error">
        <h2 id="screen-error">This screen could not be shown</h2>
        <p>
          Something went wrong while drawing it. What was saved is safe in your journal. Try again,
          or choose another screen on the left.
        </p>
        <p className="screen-error-detail">{error.message}</p>
        <button
          type="button"
          className="button-primary"
          onClick={() => {
            this.props.onRetry?.();
            this.setState({ error: null });
          }}
        >
          Try again
        </button>
      </section>
    );
  }
}
