import { type ReactNode, useEffect, useId, useRef } from 'react';

interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  closeLabel?: string;
  /** Buttons to show instead of the single close button (e.g. confirm and cancel). */
  actions?: ReactNode;
}

/**
 * A modal built on the native <dialog>: the browser traps focus, Escape closes it, and
 * focus returns to the button that opened it.
 */
export function Dialog({ open, title, onClose, children, closeLabel = 'Close', actions }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="dialog__body">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        {children}
        <div className="dialog__actions">
          {actions ?? (
            <button type="button" className="button" onClick={onClose}>
              {closeLabel}
            </button>
          )}
        </div>
      </div>
    </dialog>
  );
}
