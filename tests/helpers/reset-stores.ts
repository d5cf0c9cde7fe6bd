import { afterEach, vi } from 'vitest';

/**
 * Every zustand store in the app starts each test as it starts a page: the stores are made
 * through these wrappers, which remember each store's first state and put it back after every
 * test. (Zustand's own testing guide does the same.) The app needs no test-only exports.
 */
const resets = new Set<() => void>();

type Store = { getInitialState: () => unknown; setState: (state: never, replace: true) => void };

function remembered<S extends Store>(store: S): S {
  const initial = store.getInitialState();
  resets.add(() => store.setState(initial as never, true));
  return store;
}

/** zustand's `create` and `createStore`, curried or not, with their stores remembered. */
function wrap<F>(actual: F): F {
  const make = actual as unknown as (creator: unknown) => Store;
  return ((stateCreator?: unknown) =>
    stateCreator === undefined
      ? (later: unknown) => remembered(make(later))
      : remembered(make(stateCreator))) as unknown as F;
}

vi.mock('zustand', async (importOriginal) => {
  const actual = await importOriginal<typeof import('zustand')>();
  return { ...actual, create: wrap(actual.create), createStore: wrap(actual.createStore) };
});

vi.mock('zustand/vanilla', async (importOriginal) => {
  const actual = await importOriginal<typeof import('zustand/vanilla')>();
  return { ...actual, createStore: wrap(actual.createStore) };
});

afterEach(() => {
  for (const reset of resets) reset();
});
