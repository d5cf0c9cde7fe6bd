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

/** Dexie wraps the browser's error (and ours, inside a transaction): every layer, outermost first. */
function layers(error: unknown): unknown[] {
  const found: unknown[] = [];
  let current: unknown = error;
  for (let depth = 0; typeof current === 'object' && current !== null && depth < 4; depth += 1) {
    found.push(current);
    current = (current as { inner?: unknown }).inner;
  }
  return found;
}

function errorNames(error: unknown): string[] {
  return layers(error).flatMap((layer) => {
    const name = (layer as { name?: unknown }).name;
    return typeof name === 'string' ? [name] : [];
  });
}

function findOurError(error: unknown): DataError | null {
  return (layers(error).find((layer) => layer instanceof DataError) as DataError | undefined) ?? null;
}
