import { currentTimeZone, localDayOf } from '../domain/dates';
import { blankRunFields, type RunFields, statusFor } from '../domain/experiments/run-fields';
import type { ExperimentRun, RecordMeta } from '../domain/records';
import {
  type Changes,
  insertRecord,
  newRecordMeta,
  restoreRecord,
  type SaveHow,
  trashRecord,
  updateRecord,
} from './record-store';

/** Writing experiment runs (reading them is in runs-repository.ts). */

export type NewRun = Pick<ExperimentRun, 'packId' | 'experimentId'> &
  Partial<Omit<ExperimentRun, 'packId' | 'experimentId' | keyof RecordMeta>> & { id?: string };
export type RunChanges = Changes<ExperimentRun>;

export function createRun(input: NewRun, now: Date = new Date()): Promise<ExperimentRun> {
  const { packId, experimentId, ...rest } = input;
  const run: ExperimentRun = {
    // Fields in the order the backup schema lists them, so a backup round-trips byte for byte.
    ...newRecordMeta(now.getTime(), input.id),
    packId,
    experimentId,
    experimentTitle: '',
    status: 'planned',
    ...blankRunFields(''),
    completedAt: null,
    day: localDayOf(now),
    timeZone: currentTimeZone(),
    ...rest,
  };
  return insertRecord('runs', run);
}

export function trashRun(id: string): Promise<ExperimentRun> {
  return trashRecord('runs', id);
}

export function restoreRun(id: string): Promise<ExperimentRun> {
  return restoreRecord('runs', id);
}

export interface RunIdentity {
  id: string;
  packId: string;
  experimentId: string;
  experimentTitle: string;
}

/** Creates a run from what the person wrote; it is "done" if anything afterwards is filled in. */
export function createRunFromFields(identity: RunIdentity, fields: RunFields, now: Date = new Date()) {
  return createRun({ ...identity, ...fields, ...statusFor(fields, null, now.getTime()) }, now);
}

/** Saves a run's fields, keeping the time it was first completed. */
export function saveRunFields(
  id: string,
  fields: RunFields,
  expectedRev: number,
  how?: SaveHow,
): Promise<ExperimentRun> {
  const now = Date.now();
  return updateRecord(
    'runs',
    id,
    (current) => ({ ...fields, ...statusFor(fields, current.completedAt, now) }),
    expectedRev,
    now,
    how,
  );
}
