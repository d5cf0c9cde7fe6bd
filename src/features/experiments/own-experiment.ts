import type { Experiment } from '../../domain/packs/pack-schema';

/**
 * "Design your own experiment": the same record as any run, with the person's own belief and
 * act. Its runs are kept under this id and pack, which no content pack uses.
 */
export const OWN_PACK_ID = 'own';

export const OWN_EXPERIMENT: Experiment = {
  id: 'your-own',
  title: 'Your own experiment',
  // Blank: the belief is the person's own, in their words.
  belief: '',
  why: 'The packs can only guess at the rules you hold yourself to. You know them best. Pick one, and test it the same way: one small, safe act, then see what really happens.',
  act: 'Write the belief you want to test, then plan one small, safe thing you could do this week that bends it on purpose.',
  easier: 'A smaller step of your own: less time, fewer people, or somewhere safer.',
  harder: 'A bigger step of your own, once the smaller one feels easier.',
  examplePrediction: 'Two or three things you fear will happen, clear enough to check afterwards.',
  safetyNote:
    'Keep it small and safe. Leave out anything that could hurt you or someone else, or that a job, a grade, money or your health hangs on.',
};

export const isOwnExperiment = (experimentId: string) => experimentId === OWN_EXPERIMENT.id;
