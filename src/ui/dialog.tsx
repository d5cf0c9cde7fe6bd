import { type ReactNode, useEffect, useId, useRef } from 'react';

interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  closeLabel?: string;
  /** Buttons to show instead of the single close button (e.g. confirm and cancel). */
  actions?: ReactNode;
  /**
   * Start on the title, rather than on the first link or field in the content (a phone number,
   * say): a long dialog then opens at its top, where it matters most.
   */
  focusTitle?: boolean;
}

/**
 * A modal built on the native <dialog>: the browser traps focus, Escape closes it, and
 * focus returns to the button that opened it.
 */
export function Dialog({ open, title, onClose, children, closeLabel = 'Close', actions, focusTitle }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  // The prop as last committed, for the close event below (kept before the effect that
  // opens and closes the dialog, so a close that effect makes already sees the new value).
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      if (focusTitle) titleRef.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, focusTitle]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onClose={() => {
        // The browser fires "close" a task after the dialog shut. Only a close the person made
        // (Escape) is news: one this component made itself, or one that arrives after the dialog
        // was opened again for something new, must not close that new thing.
        if (openRef.current && !ref.current?.open) onClose();
      }}
    >
      <div className="dialog__body">
        <h2 id={titleId} className="dialog__title" ref={titleRef} tabIndex={focusTitle ? -1 : undefined}>
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
