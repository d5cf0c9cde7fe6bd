import type { ReactNode } from 'react';
import type { Pack } from '../../../domain/packs/pack-schema';
import { usePacks } from '../hooks/use-packs';
import { PackProblems } from './pack-problems';

/**
 * Renders `children` with the loaded packs, after a kind message about any pack that is
 * broken. While loading (a few milliseconds from the cache) it shows a quiet line.
 */
export function PacksReady({ children }: { children: (packs: Pack[]) => ReactNode }) {
  const state = usePacks();
  if (state.status === 'loading') {
    return (
      <p className="quiet" role="status">
        Opening the guided content...
      </p>
    );
  }
  return (
    <>
      <PackProblems broken={state.broken} />
      {state.packs.length > 0 ? children(state.packs) : null}
    </>
  );
}
