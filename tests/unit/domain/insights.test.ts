import { describe, expect, it } from 'vitest';
import type { Entry, ExperimentRun } from '../../../src/domain/records';
import { countDaysWritten } from '../../../src/domain/insights/days-written';
import {
  describeBelief,
  describeDays,
  describeDiscomfort,
  describeQuestions,
  describeWords,
} from '../../../src/domain/insights/describe-insights';
import { experimentFigures } from '../../../src/domain/insights/experiment-figures';
import { journalInsights, questionsAnswered, wordsWritten } from '../../../src/domain/insights/journal-insights';
import { chooseMoodGrouping, moodOverTime, periodLabel } from '../../../src/domain/insights/mood-over-time';
import { countWords } from '../../../src/domain/insights/word-count';
import { describeTally } from '../../../src/domain/experiments/comparison';
import { aRun, anEntry } from '../../helpers/records';

// Sunday 29 November 2026. Its week began on Monday the 23rd.
const TODAY = '2026-11-29';

function entry(day: string, fields: Partial<Entry> = {}): Entry {
  return anEntry({ day, ...fields });
}

function run(experimentId: string, createdAt: number, fields: Partial<ExperimentRun> = {}): ExperimentRun {
  return aRun({
    createdAt,
    updatedAt: createdAt,
    experimentId,
    experimentTitle: '',
    status: 'done',
    day: TODAY,
    ...fields,
  });
}

describe('days written', () => {
  it('counts distinct days by their stored day, with gaps costing nothing', () => {
    const days = ['2026-11-01', '2026-11-01', '2026-11-29', '2026-12-01', '2026-03-10', '2025-11-15'];
    // November 2026: the 1st and the 29th. 2026: those two, 1 December and 10 March. All: five days.
    expect(countDaysWritten(days, TODAY)).toEqual({ thisMonth: 2, thisYear: 4, allTime: 5 });
  });

  it('says it kindly, and never as a streak', () => {
    expect(describeDays({ thisMonth: 12, thisYear: 80, allTime: 300 })).toBe(
      'You wrote on 12 days this month, and 80 days this year.',
    );
    expect(describeDays({ thisMonth: 1, thisYear: 1, allTime: 1 })).toBe(
      'You wrote on 1 day this month, and 1 day this year.',
    );
    expect(describeDays({ thisMonth: 0, thisYear: 3, allTime: 9 })).toBe(
      'You wrote on 3 days this year. This month is still open, whenever you want it.',
    );
    expect(describeDays({ thisMonth: 0, thisYear: 0, allTime: 9 })).not.toMatch(/streak|missed|only/i);
  });
});

describe('mood over time', () => {
  const recent = [
    { day: '2026-11-29', mood: 4 as const },
    { day: '2026-11-23', mood: 2 as const },
    { day: '2026-11-25', mood: null },
    { day: '2026-11-22', mood: 5 as const },
    { day: '2026-09-07', mood: 1 as const },
  ];

  it('goes week by week while every mood fits in the last twelve weeks', () => {
    expect(chooseMoodGrouping(recent, TODAY)).toBe('week');
    const weeks = moodOverTime(recent, TODAY, 'week');
    expect(weeks).toHaveLength(12);
    expect(weeks[0]).toEqual({ start: '2026-09-07', grouping: 'week', average: 1, count: 1 });
    // Week of the 16th holds Sunday the 22nd; week of the 23rd holds the 23rd (2) and 29th (4).
    expect(weeks[10]).toEqual({ start: '2026-11-16', grouping: 'week', average: 5, count: 1 });
    expect(weeks[11]).toEqual({ start: '2026-11-23', grouping: 'week', average: 3, count: 2 });
    // A week without a mood is a gap, never a zero.
    expect(weeks[5]).toEqual({ start: '2026-10-12', grouping: 'week', average: null, count: 0 });
    expect(periodLabel(weeks[11]!)).toBe('Week of 23 Nov 2026');
  });

  it('goes month by month over the last twelve months once there is more history', () => {
    const longer = [
      ...recent,
      { day: '2026-09-06', mood: 3 as const },
      { day: '2025-12-31', mood: 5 as const },
      { day: '2025-11-30', mood: 1 as const },
    ];
    expect(chooseMoodGrouping(longer, TODAY)).toBe('month');
    const months = moodOverTime(longer, TODAY, 'month');
    expect(months.map((month) => month.start)).toEqual([
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
      '2026-07-01',
      '2026-08-01',
      '2026-09-01',
      '2026-10-01',
      '2026-11-01',
    ]);
    // November: 4, 2 and 5 make 11 over 3, about 3.7. September: 1 and 3. Thirteen months ago is left out.
    expect(months[11]).toMatchObject({ average: 3.7, count: 3 });
    expect(months[9]).toMatchObject({ average: 2, count: 2 });
    expect(months[10]).toMatchObject({ average: null, count: 0 });
    expect(months[0]).toMatchObject({ average: 5, count: 1 });
    expect(periodLabel(months[0]!)).toBe('December 2025');
  });
});

describe('experiments', () => {
  // Given out of order on purpose: figures follow the order the runs were made.
  const runs = [
    run('ask-for-help', 4, {
      experimentTitle: 'Ask for help',
      beliefBefore: 50,
      beliefAfter: 45,
      discomfortBefore: 40,
      discomfortDuring: 60,
      predictionCameTrue: 'yes',
    }),
    run('send-it-with-a-typo', 3, {
      beliefBefore: 90,
      beliefAfter: 50,
      discomfortDuring: 20,
      predictionCameTrue: 'partly',
    }),
    run('send-it-with-a-typo', 1, {
      beliefBefore: 80,
      beliefAfter: 40,
      discomfortBefore: 70,
      discomfortDuring: 50,
      predictionCameTrue: 'no',
    }),
    run('send-it-with-a-typo', 2, { status: 'planned', beliefBefore: 60, discomfortBefore: 30 }),
  ];
  const titles: Record<string, string> = { 'send-it-with-a-typo': 'Send it with a small typo' };
  const figures = experimentFigures(runs, (id) => titles[id]);

  it('compares belief and discomfort over the runs with both ratings only', () => {
    // Belief: runs 80→40, 90→50, 50→45. Before (80+90+50)/3 is 73⅓, after (40+50+45)/3 is 45.
    expect(figures.overall.belief).toMatchObject({ runs: 3, averageFirst: 73, averageSecond: 45 });
    // Discomfort: only 70→50 and 40→60 have both: 55 and 55.
    expect(figures.overall.discomfort).toMatchObject({ runs: 2, averageFirst: 55, averageSecond: 55 });
    expect(figures.overall.runs).toBe(4);
  });

  it('gives each experiment its own figures, the most run first, by the pack title or the stored one', () => {
    const [typo, ask] = figures.perExperiment;
    expect(typo).toMatchObject({ title: 'Send it with a small typo', runs: 3 });
    expect(typo!.belief).toEqual({
      runs: 2,
      averageFirst: 85,
      averageSecond: 45,
      pairs: [
        { first: 80, second: 40 },
        { first: 90, second: 50 },
      ],
    });
    expect(typo!.discomfort).toMatchObject({ runs: 1, averageFirst: 70, averageSecond: 50 });
    expect(typo!.prediction).toEqual({ answered: 2, yes: 0, partly: 1, no: 1 });
    expect(ask).toMatchObject({ title: 'Ask for help', runs: 1 });
    expect(ask!.prediction).toEqual({ answered: 1, yes: 1, partly: 0, no: 0 });
  });

  it('counts the feared prediction only where it was answered', () => {
    expect(describeTally(figures.overall.prediction, 'Your feared prediction')).toBe(
      'Your feared prediction came true 1 of 3 times (partly once).',
    );
  });

  it('says how many runs count, in plain words', () => {
    expect(describeBelief(figures.overall.belief)).toBe(
      'Across the 3 runs where you rated both, you believed it 73% before and 45% after, on average.',
    );
    expect(describeDiscomfort(figures.perExperiment[1]!.discomfort)).toBe(
      'In the 1 run where you rated both, discomfort was 40 out of 100 before and 60 during.',
    );
    expect(describeBelief(experimentFigures([run('x', 1, { beliefBefore: 70 })]).overall.belief)).toMatch(
      /will show here/,
    );
  });
});

describe('words and questions', () => {
  it('counts words in any script, leaving emoji and dashes out', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   ')).toBe(0);
    expect(countWords('Hello, world!')).toBe(2);
    expect(countWords('I ❤️ tea 🍵')).toBe(2);
    expect(countWords('don’t stop — maybe 42')).toBe(4);
    expect(countWords('Привет, мир')).toBe(2);
    expect(countWords('नमस्ते दुनिया')).toBe(2);
    // "dont", "stop", "e.g", "3.14", "well": a hyphen parts words, a point inside one does not.
    expect(countWords('dont-stop e.g. 3.14 well...')).toBe(5);
    // No spaces in Chinese: 我 (I) 今天 (today) 很好 (very well) is three words.
    expect(countWords('我今天很好')).toBe(3);
  });

  it('adds up entries and the words written in runs, but not the pack’s belief', () => {
    const words = wordsWritten(
      [entry(TODAY, { title: 'Garden', text: 'Left the weeds.' }), entry(TODAY, { text: 'Привет, мир' })],
      [
        run('x', 1, {
          prediction: 'They will laugh',
          outcome: 'Nobody noticed',
          planWhat: 'Send it',
          kinderRule: 'Done is fine',
        }),
      ],
    );
    // Entries: 1 + 3 + 2. Run: 3 + 2 + 2 + 3.
    expect(words).toEqual({ inEntries: 6, inExperiments: 10, total: 16 });
    expect(describeWords({ inEntries: 12000, inExperiments: 345, total: 12345 })).toBe(
      "You've written 12,345 words: 12,000 in entries and answers, 345 in experiments.",
    );
  });

  it('counts different questions and every answer', () => {
    const answered = questionsAnswered([
      entry(TODAY, { questionId: 'q1' }),
      entry(TODAY, { questionId: 'q1' }),
      entry(TODAY, { questionId: 'q2' }),
      entry(TODAY),
    ]);
    expect(answered).toEqual({ questions: 2, answers: 3 });
    expect(describeQuestions(answered)).toBe('You answered 2 different questions, with 3 answers in all.');
    expect(describeQuestions({ questions: 1, answers: 1 })).toBe('You answered 1 question, with 1 answer in all.');
  });
});

describe('all together', () => {
  it('knows an empty journal has nothing to show yet', () => {
    expect(journalInsights([], [], TODAY).hasAnything).toBe(false);
  });

  it('counts runs as days written, and moods only where given', () => {
    const insights = journalInsights(
      [entry('2026-11-02', { mood: 3 }), entry('2026-11-02')],
      [run('x', 1, { day: '2026-11-05' })],
      TODAY,
    );
    expect(insights.days).toEqual({ thisMonth: 2, thisYear: 2, allTime: 2 });
    expect(insights.moodsGiven).toBe(1);
    expect(insights.hasAnything).toBe(true);
  });
});
