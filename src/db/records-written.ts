import { Dexie } from 'dexie';

/**
 * Hears every write to entries or runs, in this tab or another (Dexie tells every tab of the
 * origin), so sync can follow a save a few seconds later without any feature telling it.
 */
export function onRecordsWritten(listener: () => void): () => void {
  const handler = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((part) => /\/(entries|runs)(\/|$)/.test(part))) listener();
  };
  Dexie.on('storagemutated', handler);
  return () => Dexie.on.storagemutated.unsubscribe(handler);
}
