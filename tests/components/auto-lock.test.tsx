import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lockMode, setOff, subscribeToLockMode } from '../../src/db/keyring';
import { turnOnLock } from '../../src/db/lock-repository';
import { setSetting } from '../../src/db/settings-repository';
import { useAutoLock } from '../../src/features/lock/hooks/use-auto-lock';
import { LOCK_AFTER_SETTING } from '../../src/features/lock/lock-settings-keys';
import { withFreshDatabase } from '../helpers/fresh-database';

withFreshDatabase();

let visibility: DocumentVisibilityState = 'visible';

beforeEach(() => {
  setOff();
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
});
afterEach(() => {
  vi.useRealTimers();
});

function Probe() {
  useAutoLock(true);
  return null;
}

/**
 * The lock's own clock: timers and Date move only when the test moves them. IndexedDB
 * (fake-indexeddb) keeps its real scheduling, so reads still finish by themselves.
 */
function useTestClock() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
}

/** When the journal locks, by the test's clock: the thing itself, waited for (never a sleep). */
function whenLocked(): Promise<number> {
  return new Promise((resolve) => {
    const stop = subscribeToLockMode(() => {
      if (lockMode() !== 'locked') return;
      stop();
      resolve(Date.now());
    });
  });
}

async function setVisibility(state: DocumentVisibilityState) {
  visibility = state;
  await act(async () => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

/** Moves the clock on, running every timer due on the way, until `locked` settles. */
async function runUntil(locked: Promise<number>): Promise<number> {
  let at: number | null = null;
  void locked.then((time) => (at = time));
  await vi.waitFor(
    async () => {
      await act(async () => {
        await vi.advanceTimersByTimeAsync(1_000);
      });
      if (at === null) throw new Error('not locked yet');
    },
    { timeout: 30_000, interval: 1 },
  );
  return at!;
}

describe('locking again after the app was unused', () => {
  it('stays open for a short look away, and locks the chosen minutes after it was last used', async () => {
    await turnOnLock('kettle gravel orbit lantern', undefined, 1_000);
    await setSetting(LOCK_AFTER_SETTING, 1);
    useTestClock();
    const start = Date.now();
    const locked = whenLocked();
    render(<Probe />);
    await setVisibility('hidden');
    await vi.advanceTimersByTimeAsync(30_000);
    await setVisibility('visible');
    // Back after 30 s: still open, so the lock comes only a whole minute after the last use.
    expect(await runUntil(locked)).toBeGreaterThanOrEqual(start + 60_000);
  });

  it('locks at once when the app comes back after more than the chosen minutes out of sight', async () => {
    await turnOnLock('kettle gravel orbit lantern', undefined, 1_000);
    await setSetting(LOCK_AFTER_SETTING, 5);
    useTestClock();
    const start = Date.now();
    const locked = whenLocked();
    render(<Probe />);
    await setVisibility('hidden');
    // A hidden page's timers may never run: the check on coming back must lock by itself.
    vi.setSystemTime(start + 6 * 60_000);
    await setVisibility('visible');
    const at = await runUntil(locked);
    expect(at).toBeGreaterThanOrEqual(start + 6 * 60_000);
    expect(at).toBeLessThan(start + 7 * 60_000);
  });

  it('locks after the chosen minutes on screen with no typing or tapping, and each keystroke starts them again', async () => {
    await turnOnLock('kettle gravel orbit lantern', undefined, 1_000);
    await setSetting(LOCK_AFTER_SETTING, 1);
    useTestClock();
    const start = Date.now();
    const locked = whenLocked();
    render(<Probe />);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(50_000);
    });
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(await runUntil(locked)).toBeGreaterThanOrEqual(start + 110_000);
  });

  it('never locks by itself when set to never, until another choice is made', async () => {
    await turnOnLock('kettle gravel orbit lantern', undefined, 1_000);
    await setSetting(LOCK_AFTER_SETTING, null);
    useTestClock();
    const locked = whenLocked();
    render(<Probe />);
    await setVisibility('hidden');
    vi.setSystemTime(Date.now() + 24 * 60 * 60_000);
    await setVisibility('visible');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10 * 60_000);
    });
    // A day away and ten minutes untouched: still open. It locks only once a time is chosen.
    const chosenAt = Date.now();
    await setSetting(LOCK_AFTER_SETTING, 1);
    expect(await runUntil(locked)).toBeGreaterThan(chosenAt);
  });
});
