import { useReadOnce } from '../../../db/read-once';
import { type PersistenceStatus, persistenceStatus, storageUsed } from '../../../db/storage-persistence';

export function usePersistenceStatus(): PersistenceStatus | 'checking' {
  return useReadOnce(persistenceStatus) ?? 'checking';
}

export function useStorageUsed(): number | null {
  return useReadOnce(storageUsed) ?? null;
}
