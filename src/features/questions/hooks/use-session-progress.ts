import { useCallback } from 'react';
import { useLiveData } from '../../../db/live';
import { getSetting, setSetting } from '../../../db/settings-repository';
import { parseProgress, progressKey, type SessionProgress } from '../../../domain/questions/session-progress';

/** The saved place in a pack's question session (undefined while reading, null if none). */
export function useSessionProgress(packId: string): SessionProgress | null | undefined {
  return useLiveData(async () => parseProgress(await getSetting(progressKey(packId)), packId), [packId]);
}

export function useSaveProgress() {
  return useCallback((progress: SessionProgress) => setSetting(progressKey(progress.packId), progress), []);
}
