import { useLockMode } from '../../../db/use-lock-mode';
import { Icon } from '../../../ui/icons';
import { useLockEverywhere } from '../hooks/use-lock-everywhere';

/** In the top bar while the journal is unlocked: lock it now, in every tab (what is typed is saved first). */
export function LockButton() {
  const mode = useLockMode();
  const lock = useLockEverywhere();
  if (mode !== 'unlocked') return null;
  return (
    // Icon only, to leave the narrow top bar room; its name is read out and shown on hover.
    <button
      type="button"
      className="care-button care-button--icon"
      aria-label="Lock the journal"
      title="Lock the journal"
      onClick={() => void lock()}
    >
      <Icon name="lock" />
    </button>
  );
}
