import { lockNow } from '../../../db/lock-status';
import { useLockMode } from '../../../db/use-lock-mode';
import { Icon } from '../../../ui/icons';

/** In the top bar while the journal is unlocked: lock it now (what is typed is saved first). */
export function LockButton() {
  const mode = useLockMode();
  if (mode !== 'unlocked') return null;
  return (
    // Icon only, to leave the narrow top bar room; its name is read out and shown on hover.
    <button
      type="button"
      className="care-button care-button--icon"
      aria-label="Lock the journal"
      title="Lock the journal"
      onClick={() => void lockNow()}
    >
      <Icon name="lock" />
    </button>
  );
}
