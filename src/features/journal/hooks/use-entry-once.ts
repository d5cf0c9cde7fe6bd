import { useEffect, useState } from 'react';
import { getEntry } from '../../../db/entries-repository';
import type { Entry } from '../../../domain/records';

type Loaded = { id: string; entry: Entry | null };

/**
 * Reads an entry once, for editing. Deliberately not live: a save from elsewhere must not
 * replace the words under the person's cursor (the autosave reports a conflict instead).
 * A brand-new entry has nothing to read, so it is ready at once and the first keystroke
 * lands in the editor, not in a loading screen.
 */
export function useEntryOnce(
  entryId: string,
  isNew: boolean,
): { loading: true } | { loading: false; entry: Entry | null } {
  const [result, setResult] = useState<Loaded | null>(isNew ? { id: entryId, entry: null } : null);
  const [error, setError] = useState<unknown>(null);
  if (isNew && result?.id !== entryId) setResult({ id: entryId, entry: null });

  useEffect(() => {
    if (result?.id === entryId) return;
    let live = true;
    getEntry(entryId).then(
      (entry) => live && setResult({ id: entryId, entry: entry && entry.deletedAt === null ? entry : null }),
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
    // Only a change of entry triggers a read; `result` changing is the read arriving.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [entryId]);

  if (error) throw error;
  return result && result.id === entryId ? { loading: false, entry: result.entry } : { loading: true };
}
