import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Dialog } from '../../src/ui/dialog';

function renderDialog(open: boolean, onClose: () => void) {
  return (
    <Dialog open={open} title="Bring this in?" onClose={onClose}>
      {open ? <p>the file</p> : null}
    </Dialog>
  );
}

describe('Dialog', () => {
  it('a close the person makes (Escape) reaches onClose', async () => {
    const onClose = vi.fn();
    render(renderDialog(true, onClose));
    const dialog = screen.getByRole('dialog', { hidden: true }) as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    dialog.close(); // what Escape does; the element then fires "close" itself
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
  });

  it("a late close event from an earlier closing doesn't shut the dialog opened again since", () => {
    const onClose = vi.fn();
    const { rerender } = render(renderDialog(true, onClose));
    const dialog = screen.getByRole('dialog', { hidden: true }) as HTMLDialogElement;
    rerender(renderDialog(false, onClose));
    expect(dialog.open).toBe(false);
    rerender(renderDialog(true, onClose));
    expect(dialog.open).toBe(true);
    // The browser queues "close" a task after close(); under load it can arrive only now.
    dialog.dispatchEvent(new Event('close'));
    expect(onClose).not.toHaveBeenCalled();
    expect(dialog.open).toBe(true);
  });

  it('closing it by its prop is not reported back as the person closing it', () => {
    const onClose = vi.fn();
    const { rerender } = render(renderDialog(true, onClose));
    const dialog = screen.getByRole('dialog', { hidden: true }) as HTMLDialogElement;
    rerender(renderDialog(false, onClose));
    dialog.dispatchEvent(new Event('close'));
    expect(onClose).not.toHaveBeenCalled();
  });
});
