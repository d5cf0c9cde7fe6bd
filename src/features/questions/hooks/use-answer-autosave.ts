import type { NewRecordHandler } from '../../../db/autosaver';
import { createEntry, updateEntry } from '../../../db/entries-repository';
import { useAutosave } from '../../../db/use-autosave';

/** Saves an answer as it is typed: an ordinary entry that remembers its question. */
export function useAnswerAutosave(
  answer: { id: string; packId: string; questionId: string; savedRev: number | null },
  onNewRecord: NewRecordHandler,
) {
  return useAutosave<{ text: string }>({
    id: answer.id,
    savedRev: answer.savedRev,
    create: (id, { text }, startedAt) =>
      createEntry({ id, text, packId: answer.packId, questionId: answer.questionId }, startedAt),
    update: (id, { text }, rev) => updateEntry(id, { text }, rev),
    isEmpty: ({ text }) => !text.trim(),
    forkOnConflict: true,
    onNewRecord,
  });
}
