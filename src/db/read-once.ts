import { useEffect, useState } from 'react';

type Outcome<T> = { deps: unknown[] } & ({ ok: true; value: T } | { ok: false; error: unknown });

/**
 * Reads once, and again only when `deps` change: for what must not follow every write (an
 * editor's record, whose words a save from elsewhere must not replace) or costs too much to
 * re-read on each one (the whole journal for insights). Feature hooks use this, as they use
 * `useLiveData` for what should stay current.
 *
 * The same shape as `useLiveData`: `undefined` until the read has answered, and a failed read
 * thrown while rendering, for the nearest error boundary. A hook that has something kinder to
 * show catches inside `read`. Unlike `useLiveData`, whose last answer stays on screen while the
 * next is read, nothing read for other deps is ever returned: an editor opened on another
 * record must not show the previous one's words for a moment. An answer arriving after the
 * deps changed, or after the component went away, is dropped.
 */
export function useReadOnce<T>(read: () => Promise<T>, deps: unknown[] = []): T | undefined {
  const [outcome, setOutcome] = useState<Outcome<T> | null>(null);

  useEffect(() => {
    let current = true;
    read().then(
      (value) => current && setOutcome({ deps, ok: true, value }),
      (error: unknown) => current && setOutcome({ deps, ok: false, error }),
    );
    return () => {
      current = false;
    };
    // The caller's deps decide when to read again, as with useEffect and useLiveData.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  if (!outcome || !sameDeps(outcome.deps, deps)) return undefined;
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

function sameDeps(a: unknown[], b: unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}
