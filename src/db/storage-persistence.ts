import { createStore } from 'zustand/vanilla';

/**
 * Asks the browser to keep the journal's storage ("persistent storage"), so it is not
 * cleared under storage pressure or, on iOS, after a week away. We ask once, after the
 * person first saves something: asking on an empty journal is meaningless, and some
 * browsers only grant it to sites that have been used.
 */

export type PersistenceStatus = 'persistent' | 'best-effort' | 'unknown';

/** The one ask of this page's life, once made. */
const ask = createStore<{ asked: Promise<PersistenceStatus> | null }>(() => ({ asked: null }));

function storageManager(): StorageManager | undefined {
  // WebKitGTK and some private modes have no navigator.storage at all.
  return typeof navigator !== 'undefined' ? navigator.storage : undefined;
}

export async function persistenceStatus(): Promise<PersistenceStatus> {
  const storage = storageManager();
  if (!storage?.persisted) return 'unknown';
  try {
    return (await storage.persisted()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unknown';
  }
}

export function askForPersistenceOnce(): Promise<PersistenceStatus> {
  const { asked } = ask.getState();
  if (asked) return asked;
  const asking = askForPersistence();
  ask.setState({ asked: asking });
  return asking;
}

async function askForPersistence(): Promise<PersistenceStatus> {
  const storage = storageManager();
  if (!storage?.persist) return 'unknown';
  try {
    if (await storage.persisted?.()) return 'persistent';
    return (await storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unknown';
  }
}

/** Bytes this site uses on the device, where the browser says (null where it cannot). */
export async function storageUsed(): Promise<number | null> {
  const storage = storageManager();
  if (!storage?.estimate) return null;
  try {
    return (await storage.estimate()).usage ?? null;
  } catch {
    return null;
  }
}
