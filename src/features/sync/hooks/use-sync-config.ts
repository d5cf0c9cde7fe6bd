import { useLiveData } from '../../../db/live';
import { readSyncConfig } from '../../../db/sync-store';

/** What Settings shows of the link: address, user name, whether secrets need entering again. Never a secret. */
export function useSyncConfig() {
  const row = useLiveData(async () => {
    const found = await readSyncConfig();
    if (!found) return null;
    const notes = found.notes ?? { keptBoth: 0, rollbacks: 0, refused: 0 };
    return { url: found.url, user: found.user, signInAgain: found.secrets.kind === 'none', notes };
  });
  return row;
}
