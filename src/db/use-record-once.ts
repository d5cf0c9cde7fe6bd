import { useEffect, useState } from 'react';
import type { RecordMeta } from '../domain/records';

type Loaded<T> = { id: string; record: T | null };

/**
 * Reads a record once, for editing. Deliberately not live: a save from elsewhere must not
 * replace the words under the person's cursor (the autosave reports a conflict instead).
 * A brand-new record has nothing to read, so it is ready at once and the first keystroke
 * lands in the form, not in a loading screen. Trashed records read as missing.
 */
export function useRecordOnce<T extends RecordMeta>(
  id: string,
  isNew: boolean,
  read: (id: string) => Promise<T | undefined>,
): { loading: true } | { loading: false; record: T | null } {
  const [result, setResult] = useState<Loaded<T> | null>(isNew ? { id, record: null } : null);
  const [error, setError] = useState<unknown>(null);
  if (isNew && result?.id !== id) setResult({ id, record: null });

  useEffect(() => {
    if (result?.id === id) return;
    let live = true;
    read(id).then(
      (record) => live && setResult({ id, record: record && record.deletedAt === null ? record : null }),
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
    // Only a change of record triggers a read; `result` changing is the read arriving.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  if (error) throw error;
  return result && result.id === id ? { loading: false, record: result.record } : { loading: true };
}
