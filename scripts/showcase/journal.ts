/**
 * A small, believable journal for the README's screenshots: six weeks of short entries,
 * some answers to the pack's questions, and runs of two experiments, as a backup file the
 * app brings in through Settings. Deterministic: days count back from `today`.
 */
const DAY_MS = 24 * 3600 * 1000;

const ENTRIES = [
  {
    title: 'The typo email',
    text: 'Sent the update with a typo in the second line. Nobody mentioned it. I checked my inbox twice, then stopped.',
    mood: 4,
    tags: ['work'],
  },
  {
    title: '',
    text: 'Left the kitchen half tidy and went for a walk instead. The dishes were still there when I got back, and so was I.',
    mood: 4,
    tags: ['home'],
  },
  {
    title: 'A slow morning',
    text: 'Tired. Did the one thing that mattered and let the rest wait. That counts.',
    mood: 3,
    tags: [],
  },
  {
    title: '',
    text: 'Said "I don\'t know, let me find out" in the meeting. It felt huge. It took four seconds.',
    mood: 5,
    tags: ['work'],
  },
  { title: 'Garden', text: 'The beds are messy and the tomatoes are fine anyway.', mood: 4, tags: ['home'] },
  {
    title: '',
    text: 'Rewrote a message five times before sending it. Noticed it, at least. Next time, two.',
    mood: 2,
    tags: ['work'],
  },
  {
    title: 'Lunch with Sam',
    text: 'Told Sam how I actually was. She said "same". We laughed about it for ages.',
    mood: 5,
    tags: ['friends'],
  },
  { title: '', text: 'A heavy day. Writing one line so the day has one line.', mood: 2, tags: [] },
] as const;

const ANSWERS = [
  {
    questionId: 'after-you-finish',
    text: 'Mostly relief, then a quick look for what I missed. I would like to stay with the relief a bit longer.',
  },
  { questionId: 'good-enough-today', text: 'Answering the three emails that matter and going to bed on time.' },
  {
    questionId: 'words-for-a-friend',
    text: 'I would tell a friend that a small mistake is not the whole of them. I can try saying it to myself.',
  },
] as const;

const RUNS = [
  {
    experimentId: 'send-it-with-a-typo',
    title: 'Send it with a small typo',
    before: 80,
    after: 45,
    discomfortBefore: 70,
    discomfortDuring: 40,
    cameTrue: 'no',
    expected: 80,
    actual: null,
  },
  {
    experimentId: 'send-it-with-a-typo',
    title: 'Send it with a small typo',
    before: 65,
    after: 30,
    discomfortBefore: 55,
    discomfortDuring: 30,
    cameTrue: 'no',
    expected: 70,
    actual: null,
  },
  {
    experimentId: 'send-it-with-a-typo',
    title: 'Send it with a small typo',
    before: 50,
    after: 20,
    discomfortBefore: 40,
    discomfortDuring: 20,
    cameTrue: 'partly',
    expected: 60,
    actual: 15,
  },
  {
    experimentId: 'say-i-dont-know',
    title: 'Say "I don\'t know"',
    before: 75,
    after: 40,
    discomfortBefore: 80,
    discomfortDuring: 50,
    cameTrue: 'no',
    expected: 75,
    actual: null,
  },
] as const;

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (at: number) => {
  const date = new Date(at);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};
let counter = 0;
const id = () => `00000000-0000-4000-8000-${String((counter += 1)).padStart(12, '0')}`;
const meta = (at: number) => ({ id: id(), createdAt: at, updatedAt: at, rev: 1, deletedAt: null });

/** `beliefs`: each experiment's belief, as the pack words it (a run keeps its own copy). */
export function showcaseBackup(today: Date, beliefs: Record<string, string>): string {
  counter = 0;
  const evening = new Date(today.getFullYear(), today.getMonth(), today.getDate(), 20, 30).getTime();
  const entries = [];
  for (let index = 0; index < 24; index += 1) {
    const at = evening - Math.round(index * 1.7) * DAY_MS - (index % 3) * 3600 * 1000;
    const entry = ENTRIES[index % ENTRIES.length]!;
    entries.push({
      ...meta(at),
      kind: 'free',
      title: entry.title,
      text: entry.text,
      mood: entry.mood,
      tags: [...entry.tags],
      packId: null,
      questionId: null,
      day: dayOf(at),
      timeZone: 'Europe/London',
    });
  }
  ANSWERS.forEach((answer, index) => {
    const at = evening - (index * 5 + 2) * DAY_MS;
    entries.push({
      ...meta(at),
      kind: 'answer',
      title: '',
      text: answer.text,
      mood: null,
      tags: [],
      packId: 'ditching-perfect',
      questionId: answer.questionId,
      day: dayOf(at),
      timeZone: 'Europe/London',
    });
  });
  const runs = RUNS.map((run, index) => {
    const at = evening - (30 - index * 8) * DAY_MS;
    return {
      ...meta(at),
      packId: 'ditching-perfect',
      experimentId: run.experimentId,
      experimentTitle: run.title,
      status: 'done',
      belief: beliefs[run.experimentId] ?? '',
      beliefBefore: run.before,
      prediction: 'Someone will notice and think less of me.',
      planWhat: 'One email, sent without a final read.',
      planWhen: dayOf(at),
      planWhere: 'At my desk',
      variation: 'standard',
      discomfortBefore: run.discomfortBefore,
      safetyBehaviours: 'No final read, and no correction sent after.',
      badExpected: run.expected,
      outcome: 'Nobody said anything. One reply, about something else entirely.',
      discomfortDuring: run.discomfortDuring,
      predictionCameTrue: run.cameTrue,
      beliefAfter: run.after,
      learned: 'The worry was louder than anything that happened.',
      kinderRule: 'Clear is enough; perfect is optional.',
      next: 'repeat',
      safetyBehavioursUsed: 'no',
      coping: run.actual === null ? '' : 'I said thanks for spotting it, and got on with my day.',
      badActual: run.actual,
      kinderRuleBelief: 60,
      completedAt: at + 3 * 3600 * 1000,
      day: dayOf(at),
      timeZone: 'Europe/London',
    };
  });
  return JSON.stringify({
    format: 'good-enough-backup',
    formatVersion: 1,
    appVersion: 'showcase',
    exportedAt: new Date(evening).toISOString(),
    tables: { entries, runs, drafts: [], settings: [] },
  });
}
