import { useSyncExternalStore } from 'react';
import type { Experiment, Pack, Question } from '../../../domain/packs/pack-schema';
import { type LoadedPacks, loadPacks } from '../load-packs';

/**
 * Packs are read once per page load and shared by every screen. They are content, not
 * journal data, so they live here rather than in IndexedDB.
 */

export type PacksState = { status: 'loading' } | ({ status: 'ready' } & LoadedPacks);

let state: PacksState = { status: 'loading' };
let started = false;
const listeners = new Set<() => void>();

function start(load: () => Promise<LoadedPacks>) {
  if (started) return;
  started = true;
  void load().then((loaded) => {
    state = { status: 'ready', ...loaded };
    listeners.forEach((listener) => listener());
  });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  start(() => loadPacks());
  return () => listeners.delete(listener);
}

export function usePacks(): PacksState {
  return useSyncExternalStore(subscribe, () => state);
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

/** For tests: start over, optionally with a loader that reads packs another way. */
export function resetPacksForTests(load?: () => Promise<LoadedPacks>): void {
  state = { status: 'loading' };
  started = false;
  if (load) start(load);
}
