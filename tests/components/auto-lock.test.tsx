import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lockMode, setOff } from '../../src/db/keyring';
import { turnOnLock } from '../../src/db/lock-repository';
import { setSetting } from '../../src/db/settings-repository';
import { useAutoLock } from '../../src/features/lock/hooks/use-auto-lock';
import { LOCK_AFTER_SETTING } from '../../src/features/lock/lock-settings-keys';
import { withFreshDatabase } from '../helpers/fresh-database';

withFreshDatabase();

let visibility: DocumentVisibilityState = 'visible';
let clock = Date.now();
const realNow = Date.now;

beforeEach(() => {
  setOff();
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  Date.now = () => clock;
});
afterEach(() => {
  Date.now = realNow;
});

function Probe() {
  useAutoLock(true);
  return null;
}

async function hideFor(ms: number) {
  visibility = 'hidden';
  await act(async () => {
    document.dispatchEvent(new Event('visibilitychange'));
    await new Promise((done) => setTimeout(done, 20));
  });
  clock += ms;
  visibility = 'visible';
  await act(async () => {
    document.dispatchEvent(new Event('visibilitychange'));
    // Room for locking to finish (it saves first and waits a moment), so "still open" means it.
    await new Promise((done) => setTimeout(done, 300));
  });
}

describe('locking again after the app was out of sight', () => {
  it('stays open for a short look away, and locks after the chosen minutes', async () => {
    await turnOnLock('kettle gravel orbit lantern', undefined, 1_000);
    await setSetting(LOCK_AFTER_SETTING, 1);
    render(<Probe />);
    await hideFor(30_000);
    expect(lockMode()).toBe('unlocked');
    await hideFor(61_000);
    await vi.waitFor(() => expect(lockMode()).toBe('locked'));
  });

  it('never locks by itself when set to never', async () => {
    await turnOnLock('kettle gravel orbit lantern', undefined, 1_000);
    await setSetting(LOCK_AFTER_SETTING, null);
    render(<Probe />);
    await hideFor(24 * 60 * 60_000);
    expect(lockMode()).toBe('unlocked');
  });
});
