import { releaseProxy, type Remote, wrap } from 'comlink';

/**
 * A worker behind Comlink, as a feature calls it. `call` races an answer against the worker
 * failing (a script that can't load, or a crash), so the page is told instead of waiting for
 * ever; `end` lets the worker go. The worker itself is made by the caller: the bundler finds it
 * by the `new Worker(new URL(...))` written there.
 */
export function workerClient<T>(worker: Worker, failure: string) {
  const remote: Remote<T> = wrap<T>(worker);
  const stopped = new Promise<never>((_, reject) => {
    worker.addEventListener('error', () => reject(new Error(failure)), { once: true });
  });
  stopped.catch(() => {}); // Raced by every call; an error after the end has no one left to tell.
  return {
    remote,
    call: <P>(answer: P): Promise<Awaited<P>> => Promise.race([answer, stopped]),
    end: () => {
      remote[releaseProxy]();
      worker.terminate();
    },
  };
}
