import { describe, expect, it } from 'vitest';
import { validatePack } from '../../../src/domain/packs/pack-schema';
import { shippedPack } from '../../helpers/packs-from-disk';

describe('the content pack schema', () => {
  it('accepts the shipped pack, with 7 experiments and 10 questions', () => {
    const result = validatePack(shippedPack());
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.pack.experiments).toHaveLength(7);
    expect(result.pack.questions).toHaveLength(10);
  });

  it('has a name of our own, never the title of the letter it answers, and keeps the ids journals refer to', () => {
    const result = validatePack(shippedPack());
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const { pack } = result;
    expect(pack.title).toBe('Loosening the Grip');
    expect(`${pack.title} ${pack.summary}`).not.toMatch(/ditching perfect|experiments with imperfection/i);
    expect(pack.id).toBe('ditching-perfect');
    expect(pack.experiments.map((experiment) => experiment.id)).toEqual(
      expect.arrayContaining([
        'send-it-with-a-typo',
        'good-enough-chore',
        'stop-when-the-timer-rings',
        'say-i-dont-know',
        'share-it-unfiltered',
        'be-a-beginner-out-loud',
        'say-how-you-really-are',
      ]),
    );
    expect(pack.questions.map((question) => question.id)).toEqual([
      'after-you-finish',
      'what-it-costs',
      'what-it-protects',
      'where-it-started',
      'lessons-about-mistakes',
      'perfect-parts-online',
      'words-for-a-friend',
      'good-enough-today',
      'glad-it-was-messy',
      'kinder-next-time',
    ]);
  });

  it('no longer carries the sentences that followed the letter too closely', () => {
    const text = JSON.stringify(shippedPack());
    for (const phrase of [
      'never good enough, no matter how much you do',
      'not to stop caring or to lower your standards',
      'kinder, more balanced way',
      'mistakes are a normal part of learning',
      'show the perfect parts and hide the mess',
    ]) {
      expect(text).not.toContain(phrase);
    }
  });

  it('gives every experiment the fields a run needs', () => {
    const result = validatePack(shippedPack());
    if (!result.ok) throw new Error(result.problems.join('\n'));
    for (const experiment of result.pack.experiments) {
      expect(experiment.belief.length).toBeGreaterThan(10);
      expect(experiment.act.length).toBeGreaterThan(10);
      expect(experiment.easier).not.toBe(experiment.harder);
    }
  });

  it('names the field and the item when a text is missing', () => {
    const pack = shippedPack();
    const experiments = structuredClone(pack.experiments) as Record<string, unknown>[];
    experiments[2] = { ...experiments[2], title: '   ' };
    const result = validatePack({ ...pack, experiments });
    expect(result).toEqual({ ok: false, problems: ['experiments > 3 > title: The title is empty'] });
  });

  it('refuses a file that is not a pack at all, with one plain sentence', () => {
    const result = validatePack({ format: 'something-else' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContain('format: This is not a Good Enough content pack');
  });

  it('refuses JSON that is not an object', () => {
    const result = validatePack([1, 2, 3]);
    expect(result.ok).toBe(false);
  });

  it('refuses two items with the same id', () => {
    const pack = shippedPack();
    const questions = structuredClone(pack.questions) as Record<string, unknown>[];
    questions[1] = { ...questions[1], id: questions[0]?.id };
    const result = validatePack({ ...pack, questions });
    expect(result).toEqual({ ok: false, problems: ['questions: Two questions share an id'] });
  });

  it('refuses ids that would not make a clean link', () => {
    const pack = shippedPack();
    const questions = structuredClone(pack.questions) as Record<string, unknown>[];
    questions[0] = { ...questions[0], id: 'Not A Slug!' };
    const result = validatePack({ ...pack, questions });
    expect(result.ok ? [] : result.problems).toEqual([
      'questions > 1 > id: The question id should be lowercase words joined by hyphens',
    ]);
  });

  it('refuses unknown fields, so a typo in a key is caught', () => {
    const pack = shippedPack();
    const result = validatePack({ ...pack, titel: 'oops' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.join('\n')).toContain('titel');
  });
});
