import type { ExperimentRun } from '../domain/records';
import { database } from './database';
import { guard } from './guard';
import { openRecord, openRecords, openRecordsSayingWhich, type ReadableOf, type StoredRun } from './sealing';

const open = (stored: StoredRun[]) => openRecords('runs', stored);

/*
 * Reading experiment runs. Writing them is in run-writes.ts, apart: Today reads runs, and its
 * JavaScript is kept to what it needs.
 */

export function getRun(id: string): Promise<ExperimentRun | undefined> {
  return guard('open this experiment run', async () => {
    const stored = await database().runs.get(id);
    return stored && openRecord('runs', stored);
  });
}

/** The live runs among `ids` (gone, trashed and damaged ones left out), for showing search results. */
export function getLiveRuns(ids: string[]): Promise<ExperimentRun[]> {
  return guard('read experiment runs', async () => {
    const stored = await database().runs.bulkGet(ids);
    return open(stored.filter((run) => run !== undefined && run.deletedAt === null) as StoredRun[]);
  });
}

/** Live runs of one experiment, oldest first (the order a chart reads them). */
export function listRunsOfExperiment(experimentId: string): Promise<ExperimentRun[]> {
  return guard('read experiment runs', async () => {
    const runs = await database().runs.where('experimentId').equals(experimentId).sortBy('createdAt');
    return open(runs.filter((run) => run.deletedAt === null));
  });
}

/** Planned, unfinished runs, oldest first: the ones waiting for the person to come back. */
export function listPlannedRuns(): Promise<ExperimentRun[]> {
  return guard('read planned experiments', async () => {
    const runs = await database().runs.where('status').equals('planned').sortBy('createdAt');
    return open(runs.filter((run) => run.deletedAt === null));
  });
}

/** Every live run, oldest first: the Experiments screen uses it to find runs of experiments a pack no longer has. */
export function listAllRuns(): Promise<ExperimentRun[]> {
  return guard('read experiment runs', async () => {
    const runs = await database().runs.orderBy('createdAt').toArray();
    return open(runs.filter((run) => run.deletedAt === null));
  });
}

/** Runs a page at a time, as `listLiveEntriesAfter` reads entries. */
export function listLiveRunsAfter(afterId: string | null, limit: number) {
  return guard('read experiment runs', async () => {
    const table = database().runs;
    const stored = await (afterId === null ? table.orderBy(':id') : table.where(':id').above(afterId))
      .limit(limit)
      .toArray();
    const runs = await open(stored.filter((run) => run.deletedAt === null));
    return { records: runs, last: stored.length < limit ? null : stored[stored.length - 1]!.id };
  });
}

/** Every live run, oldest first, and apart from them those that can't be opened (damaged), for the history. */
export function listRunsForHistory(): Promise<{ runs: ExperimentRun[]; unopenable: ReadableOf<'runs'>[] }> {
  return guard('read experiment runs', async () => {
    const runs = await database().runs.orderBy('createdAt').toArray();
    const { opened, unopenable } = await openRecordsSayingWhich(
      'runs',
      runs.filter((run) => run.deletedAt === null),
    );
    return { runs: opened, unopenable };
  });
}
