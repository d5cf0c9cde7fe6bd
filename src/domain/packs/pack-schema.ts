import * as v from 'valibot';

/**
 * The shape of a content pack (`prompts/*.json`). Every pack is checked against it in tests
 * and when the app is built (scripts/packs-plugin.ts), so a broken pack is caught with a
 * readable reason instead of a blank screen, and never reaches a phone.
 */

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = (label: string, max: number) =>
  v.pipe(
    v.string(`${label} should be text`),
    v.trim(),
    v.nonEmpty(`${label} is empty`),
    v.maxLength(max, `${label} is longer than ${max} characters`),
  );

const id = (label: string) =>
  v.pipe(
    v.string(`${label} should be text`),
    v.regex(ID_PATTERN, `${label} should be lowercase words joined by hyphens`),
  );

const score = (label: string) =>
  v.pipe(
    v.number(`${label} should be a number`),
    v.integer(`${label} should be a whole number`),
    v.minValue(0, `${label} should be 0 to 100`),
    v.maxValue(100, `${label} should be 0 to 100`),
  );

/** One made-up run, filled in, for reading before starting one's own. */
export const ExampleRunSchema = v.strictObject({
  beliefBefore: score('The belief before'),
  prediction: text('The example prediction', 400),
  badExpected: score('How bad it was expected to be'),
  plan: text('The example plan', 400),
  dropped: text('The safety behaviours dropped', 400),
  discomfortBefore: score('The discomfort before'),
  outcome: text('What happened', 400),
  discomfortDuring: score('The discomfort during'),
  cameTrue: v.picklist(['yes', 'partly', 'no'], 'Did it come true should be yes, partly or no'),
  coping: v.optional(text('How it was coped with', 400)),
  badActual: v.optional(score('How bad it was')),
  beliefAfter: score('The belief after'),
  learned: text('What was learned', 400),
  kinderRuleBelief: score('How much the kinder rule is believed'),
});

export const ExperimentSchema = v.strictObject({
  id: id('The experiment id'),
  title: text('The title', 80),
  belief: text('The belief', 300),
  why: text('The why', 700),
  act: text('The act', 600),
  easier: text('The easier variation', 400),
  harder: text('The harder variation', 400),
  examplePrediction: text('The example prediction', 400),
  safetyNote: v.optional(text('The safety note', 400)),
  /** Two or three things people often do to feel safe here, which this experiment drops. */
  safetyBehaviours: v.optional(
    v.pipe(
      v.array(text('A safety behaviour', 200), 'The safety behaviours should be a list'),
      v.minLength(2, 'Give two or three safety behaviours'),
      v.maxLength(3, 'Give two or three safety behaviours'),
    ),
  ),
  /** A kinder, more flexible rule this experiment might lead to: a suggestion, in the person's voice. */
  kinderRule: v.optional(text('The kinder rule', 300)),
  exampleRun: v.optional(ExampleRunSchema),
  /** 1 (gentlest) to 5: lists go from gentlest to hardest, and Today suggests the gentlest untried. */
  difficulty: v.optional(
    v.pipe(
      v.number('The difficulty should be a number'),
      v.integer('The difficulty should be a whole number'),
      v.minValue(1, 'The difficulty should be 1 to 5'),
      v.maxValue(5, 'The difficulty should be 1 to 5'),
    ),
  ),
});

/** A one-screen lesson about how the pack works, shown from its About page. */
export const LessonSchema = v.strictObject({
  id: id('The lesson id'),
  title: text('The lesson title', 80),
  paragraphs: v.pipe(
    v.array(text('A lesson paragraph', 600), 'The lesson should be a list of paragraphs'),
    v.minLength(1, 'A lesson needs at least one paragraph'),
  ),
});

export const QuestionSchema = v.strictObject({
  id: id('The question id'),
  text: text('The question', 300),
  hint: text('The hint', 400),
});

function hasUniqueIds(items: { id: string }[]): boolean {
  return new Set(items.map((item) => item.id)).size === items.length;
}

export const PackSchema = v.strictObject({
  format: v.literal('good-enough-pack', 'This is not a Good Enough content pack'),
  formatVersion: v.literal(1, 'This pack was made for another version of the app'),
  id: id('The pack id'),
  version: text('The pack version', 20),
  language: text('The language', 20),
  title: text('The pack title', 80),
  summary: text('The summary', 200),
  intro: v.pipe(
    v.array(text('An intro paragraph', 600), 'The intro should be a list of paragraphs'),
    v.minLength(1, 'The intro needs at least one paragraph'),
  ),
  lessons: v.optional(
    v.pipe(
      v.array(LessonSchema, 'The lessons should be a list'),
      v.check((items) => hasUniqueIds(items), 'Two lessons share an id'),
    ),
  ),
  experiments: v.pipe(
    v.array(ExperimentSchema, 'The experiments should be a list'),
    v.check((items) => hasUniqueIds(items), 'Two experiments share an id'),
  ),
  questions: v.pipe(
    v.array(QuestionSchema, 'The questions should be a list'),
    v.check((items) => hasUniqueIds(items), 'Two questions share an id'),
  ),
  session: v.strictObject({
    intro: text('The session intro', 500),
    closing: text('The session closing', 500),
  }),
});

export type Pack = v.InferOutput<typeof PackSchema>;
export type Experiment = v.InferOutput<typeof ExperimentSchema>;
export type Question = v.InferOutput<typeof QuestionSchema>;
export type Lesson = v.InferOutput<typeof LessonSchema>;
export type ExampleRun = v.InferOutput<typeof ExampleRunSchema>;

export type PackValidation = { ok: true; pack: Pack } | { ok: false; problems: string[] };

/** Checks unknown JSON against the pack schema; problems read like "experiments 3 > title: The title is empty". */
export function validatePack(input: unknown): PackValidation {
  const result = v.safeParse(PackSchema, input);
  if (result.success) return { ok: true, pack: result.output };
  return { ok: false, problems: result.issues.map(describeIssue) };
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  const where = path ? path.split('.').map((part) => (/^\d+$/.test(part) ? String(Number(part) + 1) : part)) : [];
  return where.length > 0 ? `${where.join(' > ')}: ${issue.message}` : issue.message;
}
