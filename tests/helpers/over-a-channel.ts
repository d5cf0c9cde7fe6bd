import { expose, wrap } from 'comlink';

/**
 * A worker's interface as its page calls it, across a MessageChannel instead of a worker:
 * every argument and answer is copied as it would be (a thrown error's code is lost, a
 * callback must be proxied), while the work runs here, against this test's database.
 */
export function overAChannel<T extends object>(work: T) {
  const { port1, port2 } = new MessageChannel();
  expose(work, port2);
  return { remote: wrap<T>(port1), close: () => port1.close() };
}
