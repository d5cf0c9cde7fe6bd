import { type ReactNode, useEffect, useId, useRef } from 'react';

interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  closeLabel?: string;
  /** Buttons to show instead of the single close button (e.g. confirm and cancel). */
  actions?: ReactNode;
  /** Start on the close button, rather than on the first link or field in the content (a phone number, say). */
  focusClose?: boolean;
}

/**
 * A modal built on the native <dialog>: the browser traps focus, Escape closes it, and
 * focus returns to the button that opened it.
 */
export function Dialog({ open, title, onClose, children, closeLabel = 'Close', actions, focusClose }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      if (focusClose) closeRef.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, focusClose]);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="dialog__body">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        {children}
        <div className="dialog__actions">
          {actions ?? (
            <button type="button" className="button" onClick={onClose} ref={closeRef}>
              {closeLabel}
            </button>
          )}
        </div>
      </div>
    </dialog>
  );
}
