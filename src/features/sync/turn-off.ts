import { forgetSyncConfig } from '../../db/sync-store';
import { openSession } from './sync-engine';
import { stopSyncing } from './sync-runner';

/**
 * Sync off: this device forgets the server and keeps every record. Deleting the server's copy
 * is a separate choice; it deletes every document of the database (the setup document too),
 * in batches, before this device forgets the address. Other devices with sync still on would
 * fill the server again, so the person turns sync off there first (docs/SYNC.md).
 */
export async function turnOffSync({ deleteServerCopy }: { deleteServerCopy: boolean }): Promise<void> {
  if (deleteServerCopy) {
    const session = await openSession();
    if ('client' in session) {
      const docs = await session.client.allDocIds();
      for (let start = 0; start < docs.length; start += 100) {
        const batch = docs.slice(start, start + 100).map(({ id, rev }) => ({ _id: id, _rev: rev, _deleted: true }));
        await session.client.bulkDocs(batch);
      }
    }
  }
  stopSyncing();
  await forgetSyncConfig();
}
