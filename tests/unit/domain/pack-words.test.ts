import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../../src/domain/packs/pack-schema';
import { packTexts, readingGrade } from '../../helpers/reading-grade';

const promptsDir = join(process.cwd(), 'prompts');
const files = readdirSync(promptsDir)
  .filter((name) => name.endsWith('.json'))
  .sort();
const packOf = (file: string): unknown => JSON.parse(readFileSync(join(promptsDir, file), 'utf8'));

describe('every shipped pack', () => {
  it('is two packs: the first and Room to Breathe', () => {
    expect(files).toEqual(['ditching-perfect.json', 'room-to-breathe.json']);
  });

  for (const file of files) {
    it(`${file} validates, reads plainly overall, and every longer field is grade 8 or below`, () => {
      const result = validatePack(packOf(file));
      expect(result.ok ? [] : result.problems).toEqual([]);
      const texts = packTexts(packOf(file));
      expect(readingGrade(texts.map((entry) => entry.text).join(' '))).toBeLessThan(6);
      // Grade formulas mean little for a handful of words (a title, a short list item).
      const hard = texts
        .filter((entry) => entry.text.split(/\s+/).length >= 10)
        .filter((entry) => readingGrade(entry.text) > 8)
        .map((entry) => `${entry.where}: ${readingGrade(entry.text).toFixed(1)}`);
      expect(hard).toEqual([]);
    });
  }

  it('gives the second pack at least 5 experiments and 10 questions, each experiment with the same care', () => {
    const result = validatePack(packOf('room-to-breathe.json'));
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.pack.title).toBe('Room to Breathe');
    expect(result.pack.experiments.length).toBeGreaterThanOrEqual(5);
    expect(result.pack.questions).toHaveLength(10);
    for (const experiment of result.pack.experiments) {
      expect(experiment.safetyNote, experiment.id).toBeDefined();
      expect(experiment.safetyBehaviours?.length, experiment.id).toBeGreaterThanOrEqual(2);
      expect(experiment.kinderRule, experiment.id).toBeDefined();
      expect(experiment.difficulty, experiment.id).toBeDefined();
      expect(experiment.exampleRun, experiment.id).toBeDefined();
    }
  });

  it('never shares an experiment or question id between packs (addresses use them alone)', () => {
    const ids = files.flatMap((file) => {
      const pack = packOf(file) as { experiments: { id: string }[]; questions: { id: string }[] };
      return [...pack.experiments, ...pack.questions].map((item) => item.id);
    });
    expect(new Set(ids).size).toBe(ids.length);
  });
});
