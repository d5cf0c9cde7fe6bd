import type { ExperimentRun } from '../records';

/** The fields a run has had from the start. */
type FirstFields =
  | 'belief'
  | 'beliefBefore'
  | 'prediction'
  | 'planWhat'
  | 'planWhen'
  | 'planWhere'
  | 'variation'
  | 'discomfortBefore'
  | 'outcome'
  | 'discomfortDuring'
  | 'predictionCameTrue'
  | 'beliefAfter'
  | 'learned'
  | 'kinderRule'
  | 'next';

/** The fields added later: optional in stored runs, always present in a form. */
type LaterFields =
  'safetyBehaviours' | 'badExpected' | 'safetyBehavioursUsed' | 'coping' | 'badActual' | 'kinderRuleBelief';

/** What a person writes in a run: every field optional, every rating may stay unset. */
export type RunFields = Pick<ExperimentRun, FirstFields> & Required<Pick<ExperimentRun, LaterFields>>;

/*
 * The order here is the order a new run's fields are stored in, and the order the backup
 * schema lists them (domain/backup/backup-schema.ts), so a backup round-trips byte for byte.
 */
export function blankRunFields(belief: string): RunFields {
  return {
    belief,
    beliefBefore: null,
    prediction: '',
    planWhat: '',
    planWhen: null,
    planWhere: '',
    variation: 'standard',
    discomfortBefore: null,
    safetyBehaviours: '',
    badExpected: null,
    outcome: '',
    discomfortDuring: null,
    predictionCameTrue: null,
    beliefAfter: null,
    learned: '',
    kinderRule: '',
    next: null,
    safetyBehavioursUsed: null,
    coping: '',
    badActual: null,
    kinderRuleBelief: null,
  };
}

/** A saved run's fields; one saved before a field existed reads it as blank. */
export function runFieldsOf(run: ExperimentRun): RunFields {
  const fields = blankRunFields(run.belief);
  for (const key of Object.keys(fields) as (keyof RunFields)[]) {
    const value = run[key];
    if (value !== undefined) (fields as unknown as Record<string, unknown>)[key] = value;
  }
  return fields;
}

const hasText = (value: string | undefined) => (value ?? '').trim().length > 0;

/** True when the feared prediction came true, wholly or in part: then coping and "how bad" are asked. */
export function predictionHappened(run: Pick<ExperimentRun, 'predictionCameTrue'>): boolean {
  return run.predictionCameTrue === 'yes' || run.predictionCameTrue === 'partly';
}

/** True once anything about "afterwards" is written: the run has been done. */
export function hasOutcome(fields: RunFields): boolean {
  return (
    hasText(fields.outcome) ||
    fields.discomfortDuring !== null ||
    fields.predictionCameTrue !== null ||
    fields.beliefAfter !== null ||
    hasText(fields.learned) ||
    hasText(fields.kinderRule) ||
    fields.next !== null ||
    fields.safetyBehavioursUsed !== null ||
    hasText(fields.coping) ||
    fields.badActual !== null ||
    fields.kinderRuleBelief !== null
  );
}

/**
 * Nothing the person wrote: the belief still as the pack put it, nothing rated, planned or
 * chosen. Opening a run page and leaving creates no run.
 */
export function isUntouched(fields: RunFields, packBelief: string): boolean {
  return (
    fields.belief.trim() === packBelief.trim() &&
    fields.beliefBefore === null &&
    !hasText(fields.prediction) &&
    !hasText(fields.planWhat) &&
    fields.planWhen === null &&
    !hasText(fields.planWhere) &&
    fields.variation === 'standard' &&
    fields.discomfortBefore === null &&
    !hasText(fields.safetyBehaviours) &&
    fields.badExpected === null &&
    !hasOutcome(fields)
  );
}

/** The status a run has with these fields, and when it was completed. */
export function statusFor(
  fields: RunFields,
  completedAt: number | null,
  now: number,
): Pick<ExperimentRun, 'status' | 'completedAt'> {
  return hasOutcome(fields)
    ? { status: 'done', completedAt: completedAt ?? now }
    : { status: 'planned', completedAt: null };
}
