import { useEffect } from 'react';
import { type Toast, useToasts } from './toast-store';

const SHOW_FOR_MS = 10_000;

/** Shows toasts above the bottom navigation; each goes away by itself or when dismissed. */
export function Toaster() {
  const toasts = useToasts((state) => state.toasts);
  return (
    <div className="toaster" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </div>
  );
}

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useToasts((state) => state.dismiss);
  useEffect(() => {
    const timer = setTimeout(() => dismiss(toast.id), SHOW_FOR_MS);
    return () => clearTimeout(timer);
  }, [dismiss, toast.id]);
  return (
    <div className="toast toast--inline">
      <p>{toast.message}</p>
      <div className="toast__actions">
        {toast.action ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              toast.action?.run();
              dismiss(toast.id);
            }}
          >
            {toast.action.label}
          </button>
        ) : null}
        <button type="button" className="button button--quiet" onClick={() => dismiss(toast.id)}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
