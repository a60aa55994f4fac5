import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { parseRoute } from './use-route';

export interface Toast {
  id: number;
  message: string;
  action?: { label: string; run: () => void };
  tone?: 'info' | 'error';
}

interface Shown extends Toast {
  /** The screen it was shown on, and when: it is about that screen's work. */
  screen: string;
  at: number;
}

/** A toast shown this recently belongs to the action that changed screen (Reflect on this). */
const SAME_ACTION_MS = 1500;
const currentScreen = () => parseRoute(window.location.hash).screen;

type ShowToast = (toast: Omit<Toast, 'id'>, durationMs?: number) => void;

const ToastContext = createContext<ShowToast>(() => undefined);

export function useToast(): ShowToast {
  return useContext(ToastContext);
}

/**
 * Short messages with an optional action (Undo), each announced once, politely, as it appears (the
 * region is not atomic: a new toast does not make the older ones be read again). Moving to another
 * screen clears them, so no message outlives the work it is about.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Shown[]>([]);
  const next = useRef(1);
  const dismiss = useCallback(
    (id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)),
    [],
  );
  const show = useCallback<ShowToast>(
    (toast, durationMs = 8000) => {
      const id = next.current++;
      const shown = { ...toast, id, screen: currentScreen(), at: Date.now() };
      setToasts((all) => [...all.slice(-2), shown]);
      window.setTimeout(() => dismiss(id), durationMs);
    },
    [dismiss],
  );
  useEffect(() => {
    const onRoute = () => {
      const screen = currentScreen();
      const now = Date.now();
      setToasts((all) => {
        const kept = all.filter((t) => t.screen === screen || now - t.at < SAME_ACTION_MS);
        return kept.length === all.length ? all : kept;
      });
    };
    window.addEventListener('hashchange', onRoute);
    return () => window.removeEventListener('hashchange', onRoute);
  }, []);
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite" aria-atomic="false">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.tone ?? 'info'}`}>
            <span>{toast.message}</span>
            {toast.action && (
              <button
                type="button"
                onClick={() => {
                  toast.action?.run();
                  dismiss(toast.id);
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button
              type="button"
              className="toast-close"
              aria-label="Dismiss"
              onClick={() => dismiss(toast.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
