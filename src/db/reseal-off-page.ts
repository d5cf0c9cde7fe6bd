import { proxy, releaseProxy, wrap } from 'comlink';
import { DataError } from '../domain/data-error';
import { guard } from './guard';
import { keysToLend } from './lent-keys';
import { reseal, type ResealProgress } from './reseal';
import type { ResealWork } from './reseal-work';

/**
 * Re-seals the journal in a worker of this tab, with the keys this tab holds lent to it, so
 * the page keeps answering taps and can show the progress; on the page itself where there are
 * no workers (a test's jsdom). The worker goes with the tab: closing it half-way is the same as
 * closing the tab half-way, which the lock row already survives. A worker that can't start or
 * stops is an error like any other: the work carries on after the next unlock. It is told to
 * let go of the journal before it is ended (letGoOfTheJournal says why).
 */
export async function resealOffThePage(onProgress: ResealProgress = () => {}): Promise<boolean> {
  if (typeof Worker === 'undefined') return guard('finish changing the lock', () => reseal(onProgress));
  const worker = new Worker(new URL('./reseal.worker.ts', import.meta.url), { type: 'module' });
  const remote = wrap<ResealWork>(worker);
  const stopped = new Promise<never>((_, reject) => {
    worker.addEventListener('error', () => reject(new DataError('unknown', 'The lock change stopped')), { once: true });
  });
  stopped.catch(() => {}); // Raced by every call; an error after the end has no one left to tell.
  try {
    const outcome = await Promise.race([remote.run(keysToLend(), proxy(onProgress)), stopped]);
    if ('failed' in outcome) throw new DataError(outcome.failed, 'Could not finish changing the lock');
    return outcome.done;
  } finally {
    // Ended once it has let go, or has stopped; the person is not kept waiting for that.
    void Promise.race([remote.letGo(), stopped])
      .catch(() => {})
      .finally(() => {
        remote[releaseProxy]();
        worker.terminate();
      });
  }
}
