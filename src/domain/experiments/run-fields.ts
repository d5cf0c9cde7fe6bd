import type { ExperimentRun } from '../records';

/** What a person writes in a run: every field optional, every rating may stay unset. */
export type RunFields = Pick<
  ExperimentRun,
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
  | 'next'
>;

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
    outcome: '',
    discomfortDuring: null,
    predictionCameTrue: null,
    beliefAfter: null,
    learned: '',
    kinderRule: '',
    next: null,
  };
}

export function runFieldsOf(run: ExperimentRun): RunFields {
  const fields = blankRunFields(run.belief);
  for (const key of Object.keys(fields) as (keyof RunFields)[]) {
    (fields as unknown as Record<string, unknown>)[key] = run[key];
  }
  return fields;
}

const hasText = (value: string) => value.trim().length > 0;

/** True once anything about "afterwards" is written: the run has been done. */
export function hasOutcome(fields: RunFields): boolean {
  return (
    hasText(fields.outcome) ||
    fields.discomfortDuring !== null ||
    fields.predictionCameTrue !== null ||
    fields.beliefAfter !== null ||
    hasText(fields.learned) ||
    hasText(fields.kinderRule) ||
    fields.next !== null
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
