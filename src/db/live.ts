import { useLiveQuery } from 'dexie-react-hooks';

/**
 * Re-renders whenever the data a repository read changes, in this tab or another.
 * Feature hooks use this instead of importing Dexie. Only repository reads belong inside
 * `read`: it is re-run by Dexie's observer, which tracks Dexie calls only.
 */
export function useLiveData<T>(read: () => Promise<T>, deps: unknown[] = []): T | undefined {
  return useLiveQuery(read, deps);
}
