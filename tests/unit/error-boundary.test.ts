// @vitest-environment jsdom
import { act, createElement as h } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src-renderer/ui/ErrorBoundary';

// React's test mode, so act() waits for renders and effects.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let broken = true;
function Screen() {
  if (broken) throw new Error('Cannot read the goal list.');
  return h('p', null, 'The plan');
}

describe('a screen that fails to draw', () => {
  let host: HTMLElement;
  let root: Root;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    act(() => root.unmount());
    host.remove();
    vi.restoreAllMocks();
  });

  it('says so in words beside the rest of the app, and Try again draws it afresh', () => {
    broken = true;
    act(() =>
      root.render(h('main', null, h('nav', null, 'Sidebar'), h(ErrorBoundary, null, h(Screen)))),
    );
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('This screen could not be shown');
    expect(alert?.textContent).toContain('Cannot read the goal list.');
    expect(host.querySelector('nav')?.textContent).toBe('Sidebar');
    expect(console.error).toHaveBeenCalledWith(
      '[waymark] a screen could not be drawn:',
      expect.any(Error),
      expect.any(String),
    );

    broken = false;
    const retry = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Try again');
    act(() => retry?.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(host.querySelector('[role="alert"]')).toBeNull();
    expect(host.textContent).toContain('The plan');
  });
});

describe('the whole window failing to draw', () => {
  it('offers to reload, as the last resort around the app', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reload = vi.fn();
    broken = true;
    act(() =>
      root.render(h(ErrorBoundary, { scope: 'window', onRetry: reload, children: h(Screen) })),
    );
    expect(host.querySelector('[role="alert"] h2')?.textContent).toBe('Waymark could not carry on');
    const button = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Reload');
    broken = false;
    act(() => button?.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(reload).toHaveBeenCalledOnce();
    act(() => root.unmount());
    host.remove();
    vi.restoreAllMocks();
  });
});
