import { blankRunFields } from '../../src/domain/experiments/run-fields';
import type { Entry, ExperimentRun } from '../../src/domain/records';

/*
 * Whole records as the database holds them, with plain defaults, so a test names only the
 * fields it is about (and a new field is added here once, not in every test).
 */

const meta = () => ({ id: crypto.randomUUID(), createdAt: 0, updatedAt: 0, rev: 1, deletedAt: null });

export function anEntry(fields: Partial<Entry> = {}): Entry {
  return {
    ...meta(),
    kind: 'free',
    title: '',
    text: '',
    mood: null,
    tags: [],
    packId: null,
    questionId: null,
    day: '2026-11-29',
    timeZone: 'UTC',
    ...fields,
  };
}

export function aRun(fields: Partial<ExperimentRun> = {}): ExperimentRun {
  return {
    ...meta(),
    packId: 'ditching-perfect',
    experimentId: 'send-it-with-a-typo',
    experimentTitle: 'Send it with a small typo',
    status: 'planned',
    completedAt: null,
    day: '2026-11-29',
    timeZone: 'UTC',
    ...blankRunFields('A sentence from the pack'),
    ...fields,
  };
}
