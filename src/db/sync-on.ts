import { database } from './database';
import { guard } from './guard';

/**
 * Whether this device syncs: read before the app loads any of sync's code, so a journal that
 * doesn't sync (most) never fetches it. The row itself is read in sync-store.ts.
 */
export function isSyncOn(): Promise<boolean> {
  return guard('read the sync settings', async () => (await database().syncConfig.count()) > 0);
}
