import { describe, expect, it } from 'vitest';
import { byDifficulty, difficultyWords, gentlestUntried } from '../../../src/domain/packs/difficulty';
import { type Experiment, validatePack } from '../../../src/domain/packs/pack-schema';
import { shippedPack } from '../../helpers/packs-from-disk';

function experiments(): Experiment[] {
  const result = validatePack(shippedPack());
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.pack.experiments;
}

describe('a gentler order', () => {
  it('gives every experiment of the shipped pack a difficulty, and lists them gentlest first', () => {
    for (const experiment of experiments()) expect(experiment.difficulty).toBeGreaterThanOrEqual(1);
    expect(byDifficulty(experiments()).map((experiment) => experiment.id)).toEqual([
      'good-enough-chore',
      'send-it-with-a-typo',
      'stop-when-the-timer-rings',
      'say-i-dont-know',
      'be-a-beginner-out-loud',
      'share-it-unfiltered',
      'say-how-you-really-are',
    ]);
  });

  it('keeps the pack order among equals, and puts an experiment with no difficulty in the middle', () => {
    const [a, b, c] = experiments().map((experiment) => ({ ...experiment }));
    if (!a || !b || !c) throw new Error('the pack is short');
    const list = [
      { ...a, id: 'x', difficulty: 4 },
      { ...b, id: 'y', difficulty: undefined },
      { ...c, id: 'z', difficulty: 1 },
    ];
    expect(byDifficulty(list).map((experiment) => experiment.id)).toEqual(['z', 'y', 'x']);
    expect(difficultyWords(list[1]!)).toBe('A little braver');
  });

  it('suggests the gentlest not yet tried, and once all are tried, the gentlest again', () => {
    expect(gentlestUntried(experiments(), new Set())).toMatchObject({
      experiment: { id: 'good-enough-chore' },
      untried: true,
    });
    expect(gentlestUntried(experiments(), new Set(['good-enough-chore', 'send-it-with-a-typo']))).toMatchObject({
      experiment: { id: 'stop-when-the-timer-rings' },
      untried: true,
    });
    const all = new Set(experiments().map((experiment) => experiment.id));
    expect(gentlestUntried(experiments(), all)).toMatchObject({
      experiment: { id: 'good-enough-chore' },
      untried: false,
    });
    expect(gentlestUntried([], new Set())).toBeNull();
  });
});

describe('safer steps and checkable predictions', () => {
  it('gives every experiment a safety note', () => {
    for (const experiment of experiments()) expect(experiment.safetyNote?.length ?? 0).toBeGreaterThan(40);
  });

  it('keeps the two risky harder steps away from what counts and from public photos of yourself', () => {
    const byId = new Map(experiments().map((experiment) => [experiment.id, experiment]));
    const typo = byId.get('send-it-with-a-typo');
    const share = byId.get('share-it-unfiltered');
    expect(typo?.harder).not.toMatch(/impress/);
    expect(typo?.harder).toMatch(/application, a grade or a bill/);
    expect(share?.harder).not.toMatch(/photo of yourself/);
    expect(share?.harder).toMatch(/friends only/);
    expect(share?.safetyNote).toMatch(/under 18/);
  });

  it('has no example prediction its own act cannot check', () => {
    const predictions = experiments().map((experiment) => experiment.examplePrediction);
    expect(predictions.join(' ')).not.toMatch(/at least two people|fewer people than usual/i);
  });
});

describe('the teaching in the pack', () => {
  it('holds three lessons and, for every experiment, an example run', () => {
    const result = validatePack(shippedPack());
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.pack.lessons?.map((lesson) => lesson.id)).toEqual([
      'what-an-experiment-is',
      'what-safety-behaviours-are',
      'why-we-rate',
    ]);
    for (const experiment of result.pack.experiments) {
      const run = experiment.exampleRun;
      expect(run, experiment.id).toBeDefined();
      // "If it happened" is filled in exactly when it came true, as a real run would ask.
      expect(run?.coping !== undefined, experiment.id).toBe(run?.cameTrue !== 'no');
    }
  });
});
