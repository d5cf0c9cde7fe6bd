import { DataError } from '../domain/data-error';

/**
 * Turns a raw IndexedDB/Dexie failure into a DataError with a code the UI can explain.
 * The message names the operation only, never the text being saved.
 */
export async function guard<T>(operation: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const ours = findOurError(error);
    if (ours) throw ours;
    throw new DataError(codeOf(error), `Could not ${operation}`, { cause: error });
  }
}

function codeOf(error: unknown) {
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) return 'storage-full' as const;
  if (
    names.some((name) =>
      ['MissingAPIError', 'InvalidStateError', 'DatabaseClosedError', 'OpenFailedError', 'SecurityError'].includes(
        name,
      ),
    )
  ) {
    return 'storage-unavailable' as const;
  }
  return 'unknown' as const;
}

/** Dexie wraps the browser's error; look at both layers. */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth += 1) {
    if (typeof current === 'object' && 'name' in current && typeof current.name === 'string') {
      names.push(current.name);
    }
    current = typeof current === 'object' && current !== null ? (current as { inner?: unknown }).inner : null;
  }
  return names;
}

/** Dexie may wrap an error thrown inside a transaction; find ours underneath. */
function findOurError(error: unknown): DataError | null {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth += 1) {
    if (current instanceof DataError) return current;
    current = typeof current === 'object' ? (current as { inner?: unknown }).inner : null;
  }
  return null;
}
