import { create } from 'zustand';
import { subscribeToLockMode } from '../../db/keyring';
import { onRecordsWritten } from '../../db/records-written';
import { readSyncConfig } from '../../db/sync-store';
import { isDataError } from '../../domain/data-error';
import { PASSING_PROBLEMS, type SyncProblem } from '../../domain/sync/sync-problems';
import { isSyncError } from './couch-client';
import { openSession, syncOnce } from './sync-engine';

/**
 * When sync runs: on opening, on coming online, on becoming visible, a few seconds after a
 * save, on "Sync now", and whenever the server's changes feed says something changed (a long
 * poll, while the app is open). One sync at a time for the whole origin (Web Locks), so two
 * tabs never send the same record twice. It never holds up writing: a save is in IndexedDB
 * first, and sync reads it from there.
 */

export type SyncPhase = 'off' | 'idle' | 'syncing' | 'problem' | 'locked' | 'sign-in';

export interface SyncStatus {
  phase: SyncPhase;
  problem: SyncProblem | null;
  lastSyncedAt: number | null;
}

export const useSyncStatus = create<SyncStatus>(() => ({
  phase: 'off',
  problem: null,
  lastSyncedAt: null,
}));

export const AFTER_SAVE_MS = 3_000;
const RETRY_MS = [10_000, 30_000, 60_000, 300_000];
const LONG_POLL_MS = 25_000;

let running: Promise<void> | null = null;
let again = false;
let soonTimer: ReturnType<typeof setTimeout> | undefined;
let failures = 0;
let follow: AbortController | null = null;

/** Runs a sync now (or right after the one running), for the whole origin. */
export function syncNow(): Promise<void> {
  // This sync takes in whatever a pending after-save sync would have sent.
  clearTimeout(soonTimer);
  if (running) {
    again = true;
    return running;
  }
  running = runExclusive()
    .finally(() => {
      running = null;
    })
    .then(() => {
      if (again) {
        again = false;
        return syncNow();
      }
    });
  return running;
}

export function syncSoon(delay = AFTER_SAVE_MS): void {
  clearTimeout(soonTimer);
  soonTimer = setTimeout(() => void syncNow(), delay);
}

function runExclusive(): Promise<void> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return runOnce();
  return locks.request('good-enough-sync', runOnce).then(() => undefined);
}

async function runOnce(): Promise<void> {
  const set = useSyncStatus.setState;
  set({ phase: 'syncing' });
  try {
    const outcome = await syncOnce();
    if (outcome.kind !== 'done') {
      set({ phase: outcome.kind, problem: null });
      stopFollowing();
      return;
    }
    failures = 0;
    set({ phase: 'idle', problem: null, lastSyncedAt: outcome.at });
    startFollowing();
  } catch (error) {
    stopFollowing();
    if (isDataError(error, 'locked')) {
      set({ phase: 'locked', problem: null });
      return;
    }
    const problem = isSyncError(error) ? error.problem : 'server-error';
    set({ phase: 'problem', problem });
    if (PASSING_PROBLEMS.has(problem)) syncSoon(RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)]);
  }
}

/** While the app is open, waits on the changes feed and syncs as soon as the server has news. */
function startFollowing(): void {
  if (follow) return;
  const controller = new AbortController();
  follow = controller;
  void (async () => {
    while (!controller.signal.aborted) {
      const session = await openSession().catch(() => null);
      if (!session || !('client' in session)) break;
      try {
        const page = await session.client.changes(session.row.since, 1, {
          timeout: LONG_POLL_MS,
          signal: controller.signal,
        });
        if (page.results.length > 0 && !controller.signal.aborted) await syncNow();
      } catch {
        break; // Offline or stopped: the next sync starts following again.
      }
    }
    if (follow === controller) follow = null;
  })();
}

function stopFollowing(): void {
  follow?.abort();
  follow = null;
}

let started: (() => void) | null = null;

/** Whether this page has started syncing (see startSyncing). */
export function syncingStarted(): boolean {
  return started !== null;
}

/**
 * Starts sync for this page, with a first sync: when the app opens (or comes back into view)
 * on a device that syncs, or when sync is turned on. Started already, it does nothing more.
 * Returns a stop for tests.
 */
export function startSyncing(): () => void {
  if (started) return started;
  const onVisible = () => {
    if (document.visibilityState === 'visible') void syncNow();
  };
  const onOnline = () => void syncNow();
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);
  const stopWrites = onRecordsWritten(() => syncSoon());
  const stopLock = subscribeToLockMode(() => void syncNow());
  void readSyncConfig()
    .then((row) => {
      if (!row) return;
      useSyncStatus.setState({ lastSyncedAt: row.lastSyncedAt });
      return syncNow();
    })
    .catch(() => undefined);
  started = () => {
    started = null;
    window.removeEventListener('online', onOnline);
    document.removeEventListener('visibilitychange', onVisible);
    stopWrites();
    stopLock();
    stopFollowing();
    clearTimeout(soonTimer);
  };
  return started;
}

/** Sync turned off here: stop everything it was doing. */
export function stopSyncing(): void {
  stopFollowing();
  clearTimeout(soonTimer);
  useSyncStatus.setState({ phase: 'off', problem: null, lastSyncedAt: null });
}
