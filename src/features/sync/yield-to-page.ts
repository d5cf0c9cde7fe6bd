/**
 * Sync's work comes back from IndexedDB, the network and WebCrypto as callbacks, and whatever
 * follows one runs in the same task until the next wait. Handing the page back between pieces
 * keeps each task short, so typing and scrolling stay smooth while a large journal syncs.
 */

type Scheduler = { yield?: () => Promise<void> };

/** `scheduler.yield()` where the browser has it; otherwise a message to itself, which hidden tabs don't throttle as they do timers. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** `Promise.all(items.map(work))`, a piece of `size` at a time, with the page handed back between pieces. */
export async function mapInPieces<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let at = 0; at < items.length; at += size) {
    if (at > 0) await yieldToPage();
    results.push(...(await Promise.all(items.slice(at, at + size).map(work))));
  }
  return results;
}
