// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { createEntry, trashEntry } from '../../../src/db/entries-repository';
import { setLocked, setOff } from '../../../src/db/keyring';
import { keysToLend } from '../../../src/db/lent-keys';
import { turnOnLock } from '../../../src/db/lock-repository';
import { createRun } from '../../../src/db/run-writes';
import { database } from '../../../src/db/database';
import { insightsWork, insightsWorkInAWorker } from '../../../src/features/insights/insights-api';
import { withFreshDatabase } from '../../helpers/fresh-database';
import { overAChannel } from '../../helpers/over-a-channel';

withFreshDatabase();
afterEach(() => setOff());

/** The work as the insights screen calls it: across a MessageChannel, as across its worker. */
const workOverAChannel = () => overAChannel(insightsWork);

const at = (day: number) => new Date(2026, 10, day, 10, 0);

async function seed() {
  await createEntry({ title: 'Garden', text: 'Left the weeds where they were.', mood: 4 }, at(20));
  await createEntry({ text: 'The email went out with a typo.', mood: 2 }, at(3));
  const trashed = await createEntry({ text: 'Gone for now.', mood: 1 }, at(1));
  await trashEntry(trashed.id);
  const run = { packId: 'p', status: 'done' as const, beliefBefore: 80, beliefAfter: 40 };
  await createRun({ ...run, experimentId: 'send-it-with-a-typo', experimentTitle: 'Old title' }, at(10));
  await createRun({ ...run, experimentId: 'constructor', experimentTitle: 'Kept title' }, at(11));
}

describe('insights behind their worker interface', () => {
  it('reads the journal and answers with the figures only, naming experiments from plain titles', async () => {
    await seed();
    const { remote, close } = workOverAChannel();
    const insights = await remote.gather('2026-11-20', { 'send-it-with-a-typo': 'Send it with a typo' }, null);
    close();
    expect(insights.hasAnything).toBe(true);
    expect(insights.moodsGiven).toBe(2);
    expect(insights.words.inEntries).toBe(14);
    // The pack's title where it has one; the run's own where it has none, even for an id
    // that names something every object has.
    expect(insights.experiments.perExperiment.map((each) => each.title).sort()).toEqual([
      'Kept title',
      'Send it with a typo',
    ]);
    expect(JSON.stringify(insights)).not.toContain('weeds');
  });

  it('opens sealed records with the keys its page lent it, and fails without them', async () => {
    await turnOnLock('correct horse battery', undefined, 1_000);
    await seed();
    const lent = keysToLend();
    expect(lent.mode).toBe('unlocked');
    // The worker's keys are its own: here page and "worker" share one module, so the page
    // forgets its keys first, and only the lent ones can open the journal.
    setLocked();
    const { remote, close } = workOverAChannel();
    await expect(remote.gather('2026-11-20', {}, keysToLend())).rejects.toThrow();
    const insights = await remote.gather('2026-11-20', {}, lent);
    close();
    expect(insights.moodsGiven).toBe(2);
    expect(insights.experiments.overall.runs).toBe(2);
  });
});

describe('insights in a worker of their own', () => {
  const workerOverAChannel = () => overAChannel(insightsWorkInAWorker);

  it('lets go of the journal as soon as it has read it, and still answers with the figures', async () => {
    await seed();
    const { remote, close } = workerOverAChannel();
    const insights = await remote.gather('2026-11-20', {}, null);
    close();
    expect(insights.moodsGiven).toBe(2);
    expect(database().isOpen()).toBe(false);
  });

  it('lets go of the journal when its page asks, before ending it', async () => {
    await seed();
    expect(database().isOpen()).toBe(true);
    const { remote, close } = workerOverAChannel();
    await remote.letGo();
    close();
    expect(database().isOpen()).toBe(false);
  });

  it('lets go of the journal even when reading it fails', async () => {
    await turnOnLock('correct horse battery', undefined, 1_000);
    await seed();
    setLocked();
    const { remote, close } = workerOverAChannel();
    await expect(remote.gather('2026-11-20', {}, keysToLend())).rejects.toThrow();
    close();
    expect(database().isOpen()).toBe(false);
  });
});
