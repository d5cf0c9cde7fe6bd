import type { Entry, ExperimentRun, LocalDay } from '../records';
import { countDaysWritten, type DaysWritten } from './days-written';
import { type AllExperimentFigures, experimentFigures } from './experiment-figures';
import { chooseMoodGrouping, type MoodPeriod, moodOverTime } from './mood-over-time';
import { countWords } from './word-count';

export interface QuestionsAnswered {
  /** Different questions answered at least once. */
  questions: number;
  /** Every live answer, some questions more than once. */
  answers: number;
}

export interface WordsWritten {
  /** Entries and answers: titles and text. */
  inEntries: number;
  /** What was written in experiment runs. */
  inExperiments: number;
  total: number;
}

export interface JournalInsights {
  /** False for an empty journal: there is nothing to notice yet. */
  hasAnything: boolean;
  days: DaysWritten;
  mood: MoodPeriod[];
  /** How many entries had a mood at all. */
  moodsGiven: number;
  experiments: AllExperimentFigures;
  questions: QuestionsAnswered;
  words: WordsWritten;
}

/**
 * The fields of a run the person writes. The belief is left out: it starts as the pack's own
 * sentence, and counting our words as theirs would flatter nobody.
 */
const RUN_TEXT = [
  'prediction',
  'planWhat',
  'planWhere',
  'safetyBehaviours',
  'outcome',
  'coping',
  'learned',
  'kinderRule',
] as const;

export function questionsAnswered(entries: Pick<Entry, 'questionId'>[]): QuestionsAnswered {
  const answered = entries.filter((entry) => entry.questionId !== null);
  return { questions: new Set(answered.map((entry) => entry.questionId)).size, answers: answered.length };
}

export function wordsWritten(
  entries: Pick<Entry, 'title' | 'text'>[],
  runs: Pick<ExperimentRun, (typeof RUN_TEXT)[number]>[],
): WordsWritten {
  let inEntries = 0;
  for (const entry of entries) inEntries += countWords(entry.title) + countWords(entry.text);
  let inExperiments = 0;
  for (const run of runs) for (const field of RUN_TEXT) inExperiments += countWords(run[field] ?? '');
  return { inEntries, inExperiments, total: inEntries + inExperiments };
}

/**
 * Every figure of the insights screen from the live entries and runs, on the device, in one
 * pass each. `today` is the person's local day; `titleOf` names experiments as the pack does.
 */
export function journalInsights(
  entries: Entry[],
  runs: ExperimentRun[],
  today: LocalDay,
  titleOf?: (experimentId: string) => string | undefined,
): JournalInsights {
  const samples = entries.map((entry) => ({ day: entry.day, mood: entry.mood }));
  return {
    hasAnything: entries.length > 0 || runs.length > 0,
    days: countDaysWritten([...entries.map((entry) => entry.day), ...runs.map((run) => run.day)], today),
    mood: moodOverTime(samples, today, chooseMoodGrouping(samples, today)),
    moodsGiven: samples.filter((sample) => sample.mood !== null).length,
    experiments: experimentFigures(runs, titleOf),
    questions: questionsAnswered(entries),
    words: wordsWritten(entries, runs),
  };
}
