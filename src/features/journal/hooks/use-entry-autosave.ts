import { createEntry, updateEntry } from '../../../db/entries-repository';
import { useAutosave } from '../../../db/use-autosave';
import type { NewRecordHandler } from '../../../db/autosaver';
import type { Entry } from '../../../domain/records';

export type EntryFields = Pick<Entry, 'title' | 'text' | 'mood' | 'tags'>;

interface EntryIdentity {
  id: string;
  /** For answers: the question this entry answers. */
  packId?: string | null;
  questionId?: string | null;
}

const isEmpty = (fields: EntryFields) =>
  !fields.text.trim() && !fields.title.trim() && fields.mood === null && fields.tags.length === 0;

/**
 * Saves an entry as it is written; the first words create it. If another tab saved the same
 * entry meanwhile, these words are kept as a separate entry instead (nothing is overwritten).
 */
export function useEntryAutosave(identity: EntryIdentity, savedRev: number | null, onNewRecord: NewRecordHandler) {
  return useAutosave<EntryFields>({
    id: identity.id,
    savedRev,
    create: (id, fields, startedAt) =>
      createEntry(
        { id, packId: identity.packId ?? null, questionId: identity.questionId ?? null, ...fields },
        startedAt,
      ),
    update: (id, fields, rev) => updateEntry(id, fields, rev),
    isEmpty,
    forkOnConflict: true,
    onNewRecord,
  });
}
