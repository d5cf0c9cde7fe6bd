import { useState } from 'react';
import { Dialog } from '../../../ui/dialog';
import { Icon } from '../../../ui/icons';
import { CareNoteText } from './care-note';

export function CareButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="care-button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        <Icon name="care" />
        <span>Care note</span>
      </button>
      <Dialog open={open} title="A note of care" onClose={() => setOpen(false)}>
        <CareNoteText />
      </Dialog>
    </>
  );
}
