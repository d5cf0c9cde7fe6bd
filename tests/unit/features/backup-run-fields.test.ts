import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport, exportBackup } from '../../../src/db/backup-repository';
import { database } from '../../../src/db/database';
import { getRun } from '../../../src/db/runs-repository';
import { createRunFromFields } from '../../../src/db/run-writes';
import { blankRunFields, runFieldsOf } from '../../../src/domain/experiments/run-fields';
import { prepareImport } from '../../../src/features/backup/prepare-import';
import { withFreshDatabase } from '../../helpers/fresh-database';

withFreshDatabase();

/** Safety behaviours, "if it happened" and the kinder rule's rating, in backups old and new. */

const corpusDir = join(process.cwd(), 'tests/fixtures/bad-backups');
const asFile = (text: string) => new Blob([text], { type: 'application/json' });
const fixture = (name: string) => readFileSync(join(corpusDir, name), 'utf8');
const RUN_ID = '7a1b2c3d-4e5f-4a6b-9c7d-9e0f1a2b3c4d';

async function importText(text: string) {
  const prepared = await prepareImport(asFile(text));
  if (!prepared.ok) throw new Error(prepared.problem);
  return applyImport(prepared.tables);
}

describe('the newer run fields in backups', () => {
  it('round-trip byte for byte: a run with every new field, exported, wiped and brought back', async () => {
    await createRunFromFields(
      {
        id: crypto.randomUUID(),
        packId: 'ditching-perfect',
        experimentId: 'send-it-with-a-typo',
        experimentTitle: 'Send it',
      },
      {
        ...blankRunFields('People will think less of me'),
        safetyBehaviours: 'No second read-through',
        badExpected: 85,
        predictionCameTrue: 'partly',
        safetyBehavioursUsed: 'some',
        coping: 'Laughed it off',
        badActual: 15,
        kinderRule: 'A typo is not a verdict on me',
        kinderRuleBelief: 55,
      },
    );
    const before = JSON.stringify(await database().runs.toArray());
    const text = JSON.stringify(await exportBackup('test'));
    expect(text).toContain('"badExpected":85');
    await database().runs.clear();
    await importText(text);
    const stored = (await database().runs.toArray()) as { baseUpdatedAt?: unknown }[];
    const after = stored.map(({ baseUpdatedAt: _base, ...rest }) => rest);
    expect(JSON.stringify(after)).toBe(before);
  });

  it('brings in a backup made with them (the fixture), every value kept', async () => {
    await importText(fixture('good-backup-run-fields.json'));
    expect(await getRun(RUN_ID)).toMatchObject({
      safetyBehaviours: 'Read it three times before sending',
      badExpected: 80,
      predictionCameTrue: 'partly',
      safetyBehavioursUsed: 'some',
      coping: 'I shrugged and carried on',
      badActual: 20,
      kinderRuleBelief: 60,
    });
  });

  it('brings in a backup made before them, and its run reads them as blank', async () => {
    const old = fixture('good-backup.json');
    expect(old).not.toContain('badExpected');
    await importText(old);
    const run = await getRun(RUN_ID);
    if (!run) throw new Error('the run did not come in');
    expect(run).not.toHaveProperty('badExpected');
    expect(runFieldsOf(run)).toMatchObject({
      beliefBefore: 50,
      safetyBehaviours: '',
      badExpected: null,
      safetyBehavioursUsed: null,
      coping: '',
      badActual: null,
      kinderRuleBelief: null,
    });
    // And goes out again as it came in: nothing invented for it.
    const exported = (await exportBackup('test')).tables.runs[0];
    expect(Object.keys(exported ?? {})).not.toContain('coping');
  });

  it('refuses new fields out of bounds, naming the field, never the words', async () => {
    const problems = [];
    for (const name of [
      '33-bad-expected-over-100.json',
      '34-safety-use-not-a-choice.json',
      '35-coping-is-a-number.json',
    ]) {
      const prepared = await prepareImport(asFile(fixture(name)));
      problems.push(prepared.ok ? 'accepted' : prepared.problem);
    }
    expect(problems[0]).toContain('"badExpected" is above 100');
    expect(problems[1]).toContain('"safetyBehavioursUsed"');
    expect(problems[2]).toContain('"coping"');
    for (const problem of problems) expect(problem).not.toMatch(/always|shrugged|three times/);
  });
});
