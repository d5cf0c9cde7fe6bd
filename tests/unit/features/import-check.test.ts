// @vitest-environment node
// Node's own Blob and MessageChannel: a file crosses to the worker as it does in a browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expose } from 'comlink';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importCheck } from '../../../src/features/backup/import-check-api';
import { prepareImportOffThePage } from '../../../src/features/backup/import-check';
import { prepareImport } from '../../../src/features/backup/prepare-import';
import { readOtherJournal } from '../../../src/features/backup/other-journals';
import { withFreshDatabase } from '../../helpers/fresh-database';

withFreshDatabase();

/**
 * The import check as the app runs it, with the worker played by a MessageChannel: the page's
 * side (import-check.ts) and the worker's (import-check-api.ts, exposed as the worker file
 * exposes it) talk only through structured clones, as they do across a real worker.
 */
const started: WorkerOnAChannel[] = [];

class WorkerOnAChannel extends EventTarget {
  terminated = false;
  private readonly port: MessagePort;
  /** Set to play a worker whose script never loads. */
  static fails = false;
  constructor() {
    super();
    const fails = WorkerOnAChannel.fails;
    const channel = new MessageChannel();
    this.port = channel.port1;
    if (!fails) expose(importCheck, channel.port2);
    started.push(this);
    if (fails) queueMicrotask(() => this.dispatchEvent(new Event('error')));
  }
  postMessage(message: unknown, transfer: Transferable[] = []) {
    this.port.postMessage(message, transfer);
  }
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: object) {
    if (type === 'message') this.port.addEventListener(type, listener as EventListener);
    else super.addEventListener(type, listener, options);
  }
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null) {
    if (type === 'message') this.port.removeEventListener(type, listener as EventListener);
    else super.removeEventListener(type, listener);
  }
  start() {
    this.port.start();
  }
  terminate() {
    this.terminated = true;
    this.port.close();
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  WorkerOnAChannel.fails = false;
  started.length = 0;
});

const good = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/bad-backups/good-backup.json'), 'utf8'));

/** A backup of `count` entries, each its own id and words. */
function backupOf(count: number): Blob {
  const [entry] = good.tables.entries;
  const entries = Array.from({ length: count }, (_, index) => ({
    ...entry,
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    text: `Entry number ${index}: left it as it was.`,
  }));
  return new Blob([JSON.stringify({ ...good, tables: { ...good.tables, entries } })]);
}

describe('the import check in a worker', () => {
  it('reads a file of 1,234 entries in slices, as the page would read it itself, and ends the worker', async () => {
    vi.stubGlobal('Worker', WorkerOnAChannel);
    const file = backupOf(1234);
    const progress: number[] = [];
    const there = await prepareImportOffThePage(file, (checked) => progress.push(checked));
    const here = await prepareImport(file, readOtherJournal);
    expect(there).toEqual(here);
    if (!there.ok) throw new Error(there.problem);
    expect(there.tables.entries).toHaveLength(1234);
    expect(there.preview.entries).toMatchObject({ added: 1234 });
    expect(progress.at(-1)).toBe(1235);
    expect(started).toHaveLength(1);
    expect(started[0]!.terminated).toBe(true);
  });

  it('passes a refusal on in the same kind words, and ends the worker', async () => {
    vi.stubGlobal('Worker', WorkerOnAChannel);
    const cut = new Blob([JSON.stringify(good).slice(0, 80)]);
    const there = await prepareImportOffThePage(cut, () => {});
    expect(there).toEqual(await prepareImport(cut));
    expect(there).toMatchObject({ ok: false, problem: expect.stringMatching(/cut short/) });
    expect(started[0]!.terminated).toBe(true);
  });

  it('reads a jrnl export in the time zone the page hands it, not its own', async () => {
    const jrnl = {
      tags: {},
      entries: [{ title: 'Late', body: 'Still up.', date: '2024-05-02', time: '23:30', tags: [], starred: false }],
    };
    const file = new Blob([JSON.stringify(jrnl)]);
    const times = [];
    for (const zone of ['Pacific/Auckland', 'America/Los_Angeles']) {
      const read = await importCheck.read(file, zone, undefined, () => {});
      if ('problem' in read) throw new Error(read.problem);
      const [entry] = importCheck.take('entries', 0, 10);
      expect(entry).toMatchObject({ day: '2024-05-02', timeZone: zone });
      times.push(entry!.createdAt);
    }
    // 23:30 in Auckland is 19 hours before 23:30 in Los Angeles (NZST +12, PDT -7).
    expect(times[1]! - times[0]!).toBe(19 * 3_600_000);
  });

  it('a worker that cannot start is a failure the page can tell, not a wait without end', async () => {
    vi.stubGlobal('Worker', WorkerOnAChannel);
    WorkerOnAChannel.fails = true;
    await expect(prepareImportOffThePage(backupOf(3), () => {})).rejects.toThrow('The import check stopped.');
    expect(started[0]!.terminated).toBe(true);
  });
});
