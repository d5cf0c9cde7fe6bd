import { useState } from 'react';
import type { RecordMeta } from '../domain/records';
import { useReadOnce } from './read-once';

/**
 * Reads a record once, for editing. Deliberately not live: a save from elsewhere must not
 * replace the words under the person's cursor (the autosave reports a conflict instead).
 * A brand-new record has nothing to read, so it is ready at once and the first keystroke
 * lands in the form, not in a loading screen; it stays unread once its first save makes it
 * no longer new. Trashed records read as missing.
 */
export function useRecordOnce<T extends RecordMeta>(
  id: string,
  isNew: boolean,
  read: (id: string) => Promise<T | undefined>,
): { loading: true } | { loading: false; record: T | null } {
  const [newId, setNewId] = useState(isNew ? id : null);
  if (isNew && newId !== id) setNewId(id);
  const fresh = isNew || newId === id;
  const record = useReadOnce(async () => {
    if (fresh) return null;
    const found = await read(id);
    return found && found.deletedAt === null ? found : null;
  }, [id, fresh]);
  if (fresh) return { loading: false, record: null };
  return record === undefined ? { loading: true } : { loading: false, record };
}
