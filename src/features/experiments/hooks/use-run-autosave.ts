import type { NewRecordHandler } from '../../../db/autosaver';
import { createRunFromFields, type RunIdentity, saveRunFields } from '../../../db/run-writes';
import { useAutosave } from '../../../db/use-autosave';
import { isUntouched, type RunFields } from '../../../domain/experiments/run-fields';

/**
 * Saves a run as it is written; the first real change creates it. If another tab saved the
 * same run meanwhile, these words are kept as a separate run instead (nothing is overwritten).
 */
export function useRunAutosave(
  identity: RunIdentity,
  packBelief: string,
  savedRev: number | null,
  onNewRecord: NewRecordHandler,
) {
  return useAutosave<RunFields>({
    id: identity.id,
    savedRev,
    create: (id, fields, startedAt) => createRunFromFields({ ...identity, id }, fields, startedAt),
    update: (id, fields, rev, how) => saveRunFields(id, fields, rev, how),
    isEmpty: (fields) => isUntouched(fields, packBelief),
    forkOnConflict: true,
    onNewRecord,
  });
}
