import { useEffect, useState } from 'react';
import { type PersistenceStatus, persistenceStatus, storageUsed } from '../../../db/storage-persistence';

export function usePersistenceStatus(): PersistenceStatus | 'checking' {
  const [status, setStatus] = useState<PersistenceStatus | 'checking'>('checking');
  useEffect(() => {
    let live = true;
    void persistenceStatus().then((found) => live && setStatus(found));
    return () => {
      live = false;
    };
  }, []);
  return status;
}

export function useStorageUsed(): number | null {
  const [used, setUsed] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    void storageUsed().then((bytes) => live && setUsed(bytes));
    return () => {
      live = false;
    };
  }, []);
  return used;
}
