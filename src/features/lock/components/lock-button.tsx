import { lockNow } from '../../../db/lock-status';
import { useLockMode } from '../../../db/use-lock-mode';
import { Icon } from '../../../ui/icons';
import { useToasts } from '../../../ui/toast-store';

/** In the top bar while the journal is unlocked: lock it now (what is typed is saved first). */
export function LockButton() {
  const mode = useLockMode();
  const show = useToasts((state) => state.show);
  if (mode !== 'unlocked') return null;
  const lock = async () => {
    if (!(await lockNow())) {
      show("The journal stays open for a moment: some words aren't saved yet, or it is still being encrypted.");
    }
  };
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
