import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createEntry, getEntry, listAllLiveEntries, trashEntry, updateEntry } from '../../../src/db/entries-repository';
import { getRun } from '../../../src/db/runs-repository';
import { createRun, saveRunFields } from '../../../src/db/run-writes';
import { runFieldsOf } from '../../../src/domain/experiments/run-fields';
import type { Entry } from '../../../src/domain/records';
import { type CouchServer, startCouchServer } from '../../../tools/couch-server';
import { type Device, everyEntry, newDevice, on, signIn, sync } from '../../helpers/sync-devices';

/**
 * Two devices writing through seeded interleavings of edits and syncs must end with the same
 * journal, and no words lost: every version written survives unless a later edit was made on
 * top of it (on a device that had it). Seeds are fixed, so a failure names its seed and replays.
 */
let couch: CouchServer;
beforeAll(async () => {
  couch = await startCouchServer();
}, 90_000);
afterAll(async () => couch?.stop());

/** mulberry32: small, seeded, good enough to pick steps. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEEDS = Array.from({ length: 20 }, (_, index) => index + 1);
const STEPS = 24;

afterEach(() => void vi.restoreAllMocks());

/*
 * Once with the clock running, and once stopped: every save then falls in the same millisecond,
 * as two devices' saves now and then do (and as this test's did, now and then, on a fast machine).
 * Two different versions of a record saved at the same moment must still both be kept.
 */
describe.each([
  { clock: 'running', stopped: false },
  { clock: 'stopped', stopped: true },
])('two devices, seeded interleavings of edits and syncs, the clock $clock', ({ stopped }) => {
  it.each(SEEDS)('seed %i converges with every version kept', async (seed) => {
    if (stopped) vi.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 11, 3, 6, 0));
    const next = random(seed);
    const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
    const url = await couch.createJournal(`interleave-${seed}${stopped ? '-stopped' : ''}`, `dev${seed}`, 'pw');
    const devices: Device[] = [newDevice('a'), newDevice('b')];
    for (const device of devices) await signIn(device, url, `dev${seed}`, 'pw');
    const written = new Set<string>();
    const superseded = new Set<string>();
    let counter = 0;
    const words = () => `seed ${seed} words ${(counter += 1)}`;

    for (let step = 0; step < STEPS; step += 1) {
      const device = pick(devices);
      const action = next();
      if (action < 0.3) {
        await sync(device);
        continue;
      }
      await on(device, async () => {
        const live = await listAllLiveEntries();
        if (action < 0.5 || live.length === 0) {
          const text = words();
          written.add(text);
          await createEntry({ text });
        } else if (action < 0.9) {
          const target = pick(live);
          const text = words();
          written.add(text);
          superseded.add(target.text);
          await updateEntry(target.id, { text }, target.rev);
        } else {
          await trashEntry(pick(live).id);
        }
      });
    }
    // Everyone syncs until nothing moves: twice round is enough for two devices.
    for (let round = 0; round < 2; round += 1) for (const device of devices) await sync(device);

    const [onA, onB] = await Promise.all(devices.map(everyEntry));
    const shape = (entries: Entry[]) =>
      entries
        .map(({ id, text, deletedAt }) => ({ id, text, trashed: deletedAt !== null }))
        .sort((x, y) => x.id.localeCompare(y.id));
    expect(shape(onB!), `seed ${seed}: both devices hold the same journal`).toEqual(shape(onA!));
    const kept = new Set(onA!.map((entry) => entry.text));
    const lost = [...written].filter((text) => !superseded.has(text) && !kept.has(text));
    expect(lost, `seed ${seed}: words lost`).toEqual([]);
    // Nothing duplicated: no two live records hold the same words. (A kept copy may hold a version
    // that was later edited on the other device: when it was kept, that device's edit hadn't happened.)
    const liveTexts = onA!.filter((entry) => entry.deletedAt === null).map((entry) => entry.text);
    expect(new Set(liveTexts).size, `seed ${seed}: duplicates`).toBe(liveTexts.length);
  });
});

describe('two devices, runs', () => {
  it('carries experiment runs the same way as entries', async () => {
    const url = await couch.createJournal('runs-journal', 'runner', 'pw');
    const [a, b] = [newDevice('a'), newDevice('b')];
    await signIn(a, url, 'runner', 'pw');
    const run = await on(a, () =>
      createRun({ packId: 'ditching-perfect', experimentId: 'send-it-with-a-typo', experimentTitle: 'Send it' }),
    );
    await on(a, () =>
      saveRunFields(run.id, { ...runFieldsOf(run), belief: 'Everyone will notice', beliefBefore: 80 }, run.rev),
    );
    await sync(a);
    await signIn(b, url, 'runner', 'pw');
    await sync(b);
    expect(await on(b, () => getRun(run.id))).toMatchObject({ belief: 'Everyone will notice', beliefBefore: 80 });
    expect(await on(b, () => getEntry(run.id))).toBeUndefined();
  });
});
