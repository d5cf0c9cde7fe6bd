import { useEffect, useState } from 'react';
import { type PersistenceStatus, persistenceStatus } from '../../../db/storage-persistence';

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
