import { lockNow } from '../../../db/lock-status';
import { useLockMode } from '../../../db/use-lock-mode';
import { Icon } from '../../../ui/icons';

/** In the top bar while the journal is unlocked: lock it now (what is typed is saved first). */
export function LockButton() {
  const mode = useLockMode();
  if (mode !== 'unlocked') return null;
  return (
    <button type="button" className="care-button" onClick={() => void lockNow()}>
      <Icon name="lock" />
      <span>Lock</span>
    </button>
  );
}
