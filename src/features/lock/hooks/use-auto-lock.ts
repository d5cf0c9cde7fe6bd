import { useEffect } from 'react';
import { lockNow } from '../../../db/lock-status';
import { getSetting } from '../../../db/settings-repository';
import { LOCK_AFTER_SETTING } from '../lock-settings-keys';

/**
 * Locks the journal once the app has been out of sight for the chosen time. Checked when it
 * comes back into view (a hidden page's timers may be paused) and by a timer meanwhile.
 */
export function useAutoLock(active: boolean) {
  useEffect(() => {
    if (!active) return;
    let hiddenAt: number | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const minutes = () => getSetting(LOCK_AFTER_SETTING).catch(() => 1);
    const onVisibility = async () => {
      clearTimeout(timer);
      const after = await minutes();
      if (after === null) return;
      if (document.visibilityState === 'hidden') {
        hiddenAt = Date.now();
        timer = setTimeout(() => void lockNow(), after * 60_000);
      } else if (hiddenAt !== null && Date.now() - hiddenAt >= after * 60_000) {
        void lockNow();
      } else {
        hiddenAt = null;
      }
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [active]);
}
