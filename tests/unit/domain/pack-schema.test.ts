import { describe, expect, it } from 'vitest';
import { validatePack } from '../../../src/domain/packs/pack-schema';
import { shippedPack } from '../../helpers/packs-from-disk';

describe('the content pack schema', () => {
  it('accepts the shipped Ditching Perfect pack, with 7 experiments and 10 questions', () => {
    const result = validatePack(shippedPack());
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.pack.title).toBe('Ditching Perfect');
    expect(result.pack.experiments).toHaveLength(7);
    expect(result.pack.questions).toHaveLength(10);
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
