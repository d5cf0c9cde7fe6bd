import { keyring } from '../db/keyring';

/*
 * What `/` showed, for scripts/first-paint.js to pick the right static frame next time, before
 * any script of the app runs: "today", or "locked" when a passphrase is set (the unlock screen
 * comes first, and Today's frame must not flash before it). Never written on a first visit, so
 * its absence means the welcome. No journal words: it sits beside the appearance settings.
 */
const KEY = 'good-enough:first-screen';

type FirstScreen = 'today' | 'locked';

function remember(screen: FirstScreen): void {
  try {
    localStorage.setItem(KEY, screen);
  } catch {
    // Storage refused: first-paint.js then shows the bare shell, which is never wrong.
  }
}

/** Today (or the welcome, which is never shown twice) has been decided on `/`. */
export function rememberTodayForFirstPaint(): void {
  remember(keyring.getState().mode === 'off' ? 'today' : 'locked');
}

/** Follows the passphrase being set or removed, and the journal being found locked at start. */
export function rememberLockForFirstPaint(): void {
  keyring.subscribe((state, before) => {
    if (state.mode !== before.mode) remember(state.mode === 'off' ? 'today' : 'locked');
  });
}
