import { useEffect } from 'react';
import { lockNow } from '../../../db/lock-status';
import { getSetting } from '../../../db/settings-repository';
import { LOCK_AFTER_SETTING } from '../lock-settings-keys';

/** What counts as someone using the journal: typing, tapping, clicking, scrolling. */
const INPUT_EVENTS = ['keydown', 'input', 'pointerdown', 'wheel', 'touchstart', 'scroll'] as const;
/** A lock refused because words are still being saved is tried again this much later. */
const RETRY_MS = 5_000;
/** With "never" chosen, how often to look whether the choice changed. */
const RECHECK_MS = 60_000;

/**
 * Locks this tab once nobody has used it for the chosen minutes: out of sight all that time,
 * or on screen with no typing, tapping or scrolling. Checked by a timer and again whenever the
 * page comes back into view (a hidden page's timers may be paused). Only this tab locks:
 * another tab in use stays open. A lock refused because words are still being saved is tried
 * again until they are.
 */
export function useAutoLock(active: boolean) {
  useEffect(() => {
    if (!active) return;
    let lastUsedAt = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const minutes = () => getSetting(LOCK_AFTER_SETTING).catch(() => 1);

    const check = async () => {
      clearTimeout(timer);
      const after = await minutes();
      if (stopped) return;
      const left = after === null ? RECHECK_MS : lastUsedAt + after * 60_000 - Date.now();
      if (left <= 0 && (await lockNow())) return;
      if (stopped) return;
      clearTimeout(timer);
      timer = setTimeout(() => void check(), left > 0 ? left : RETRY_MS);
    };
    const onInput = () => {
      lastUsedAt = Date.now();
    };
    const onVisibility = () => void check();

    void check();
    document.addEventListener('visibilitychange', onVisibility);
    for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
    };
  }, [active]);
}
