import { useState } from 'react';
import { Dialog } from '../../../ui/dialog';
import { Icon } from '../../../ui/icons';
import { HelpContent } from './help-content';

interface HelpButtonProps {
  /** `bar`: the round button of the top bar and the standalone screens; `inline`: a plain button within a note. */
  variant?: 'bar' | 'inline';
}

/**
 * "Get help": the help path, one tap from every screen (the top bar, the unlock screen, the
 * error and storage screens). Its own dialog each time, so it works wherever it is placed.
 */
export function HelpButton({ variant = 'bar' }: HelpButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={variant === 'bar' ? 'care-button' : 'button button--quiet'}
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
      >
        {variant === 'bar' ? <Icon name="care" /> : null}
        <span>Get help</span>
      </button>
      <Dialog open={open} title="Get help" onClose={() => setOpen(false)} focusTitle>
        {open ? <HelpContent headingLevel={3} /> : null}
      </Dialog>
    </>
  );
}
