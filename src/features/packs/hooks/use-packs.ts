import { useEffect } from 'react';
import { create } from 'zustand';
import type { Experiment, Pack, Question } from '../../../domain/packs/pack-schema';
import { type LoadedPacks, loadPacks } from '../load-packs';

/**
 * Packs are read once per page load and shared by every screen. They are content, not
 * journal data, so they live here rather than in IndexedDB.
 */

export type PacksState = { status: 'loading' } | ({ status: 'ready' } & LoadedPacks);

const usePacksStore = create<{ packs: PacksState; requested: boolean }>(() => ({
  packs: { status: 'loading' },
  requested: false,
}));

function requestPacks() {
  if (usePacksStore.getState().requested) return;
  usePacksStore.setState({ requested: true });
  void loadPacks().then((loaded) => usePacksStore.setState({ packs: { status: 'ready', ...loaded } }));
}

export function usePacks(): PacksState {
  useEffect(requestPacks, []);
  return usePacksStore((state) => state.packs);
}

export function findExperiment(
  packs: Pack[],
  experimentId: string,
): { pack: Pack; experiment: Experiment } | undefined {
  for (const pack of packs) {
    const experiment = pack.experiments.find((item) => item.id === experimentId);
    if (experiment) return { pack, experiment };
  }
  return undefined;
}

export function findQuestion(packs: Pack[], questionId: string): { pack: Pack; question: Question } | undefined {
  for (const pack of packs) {
    const question = pack.questions.find((item) => item.id === questionId);
    if (question) return { pack, question };
  }
  return undefined;
}
