import { createEntry, updateEntry } from '../../../db/entries-repository';
import { useAutosave } from '../../../db/use-autosave';

export interface EntryFields {
  title: string;
  text: string;
}

/** Saves an entry's title and text as they are typed; the first words create the entry. */
export function useEntryAutosave(entryId: string, savedRev: number | null, onCreated: () => void) {
  return useAutosave<EntryFields>({
    savedRev,
    create: (fields) => createEntry({ id: entryId, ...fields }),
    update: (fields, rev) => updateEntry(entryId, fields, rev),
    isEmpty: (fields) => !fields.text.trim() && !fields.title.trim(),
    onCreated,
  });
}
