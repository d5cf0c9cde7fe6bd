import { useLiveData } from '../../../db/live';
import { readSyncConfig } from '../../../db/sync-store';

/** What Settings shows of the link: address, user name, whether secrets need entering again. Never a secret. */
export function useSyncConfig() {
  const row = useLiveData(async () => {
    const found = await readSyncConfig();
    return found ? { url: found.url, user: found.user, signInAgain: found.secrets.kind === 'none' } : null;
  });
  return row;
}
