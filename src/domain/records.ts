/**
 * The records the journal keeps. Every record has a UUID, creation and update times
 * (epoch milliseconds), a revision counter that rises by one on every save (so two tabs
 * can tell when they would overwrite each other) and a soft-delete time, so "delete" can
 * always be undone.
 */

export interface RecordMeta {
  id: string;
  createdAt: number;
  updatedAt: number;
  /** Starts at 1, +1 on every save. A save that expects another revision is a conflict. */
  rev: number;
  /** Set when moved to the trash; null while the record is live. */
  deletedAt: number | null;
  /**
   * The `updatedAt` of the version last brought in from a backup file, kept through later
   * saves: how an import tells "only the file changed" from "both changed" (domain/backup/merge.ts).
   */
  baseUpdatedAt?: number | null;
}

/** The local calendar day a record belongs to, as `yyyy-MM-dd`, fixed when it is written. */
export type LocalDay = string;

/** 1 (very low) to 5 (very good); null when the person did not say. */
export type Mood = 1 | 2 | 3 | 4 | 5;

/** A 0-100 rating. null means "not rated", which is not the same as zero. */
export type Rating = number | null;

export interface Entry extends RecordMeta {
  kind: 'free' | 'answer';
  title: string;
  text: string;
  mood: Mood | null;
  tags: string[];
  /** For answers: which pack and question this entry answers. */
  packId: string | null;
  questionId: string | null;
  day: LocalDay;
  /** IANA time zone the entry was written in, so its day never shifts later. */
  timeZone: string;
}

export type RunStatus = 'planned' | 'done';
export type PredictionResult = 'yes' | 'partly' | 'no';
export type NextStep = 'repeat' | 'harder' | 'rest';
export type Variation = 'standard' | 'easier' | 'harder';
/** Did the person fall back on the safety behaviours they meant to drop? */
export type SafetyUse = 'no' | 'some' | 'yes';

export interface ExperimentRun extends RecordMeta {
  packId: string;
  experimentId: string;
  /** The experiment's title when the run began, so a run outlives a renamed or removed experiment. */
  experimentTitle: string;
  status: RunStatus;
  // Before
  belief: string;
  beliefBefore: Rating;
  prediction: string;
  planWhat: string;
  /** The local day the act is planned for, `yyyy-MM-dd`, or null. */
  planWhen: LocalDay | null;
  planWhere: string;
  variation: Variation;
  discomfortBefore: Rating;
  /*
   * Added after the first release, so optional: a run saved before (or a backup made before)
   * has none of these, and is read as if they were blank (runFieldsOf in run-fields.ts).
   * Nothing indexes them, so no schema version was needed.
   */
  /** Before: what you will not do this time (the extra check, the apology in advance). */
  safetyBehaviours?: string;
  /** Before: if the prediction comes true, how bad you expect it to be. */
  badExpected?: Rating;
  // After
  outcome: string;
  discomfortDuring: Rating;
  predictionCameTrue: PredictionResult | null;
  beliefAfter: Rating;
  learned: string;
  kinderRule: string;
  next: NextStep | null;
  // After, added later (optional, as above)
  /** Did you do any of the safety behaviours anyway? */
  safetyBehavioursUsed?: SafetyUse | null;
  /** If the prediction came true (yes or partly): how you coped, and how bad it really was. */
  coping?: string;
  badActual?: Rating;
  /** How much you believe the kinder rule, 0-100%. */
  kinderRuleBelief?: Rating;
  completedAt: number | null;
  day: LocalDay;
  timeZone: string;
}

/**
 * A draft, as schema versions 1 to 3 kept them and as their backups may hold them: meant for
 * unsaved typing, keyed by what was being written (e.g. `entry:new`, `run:<id>`), though no
 * screen ever wrote one. The journal keeps none now: each becomes a free entry
 * (backup/draft-entry.ts).
 */
export interface Draft {
  key: string;
  fields: Record<string, unknown>;
  /** The revision of the record this draft was based on, if it edits one. */
  baseRev: number | null;
  updatedAt: number;
}

export interface Setting {
  key: string;
  value: unknown;
  updatedAt: number;
}

/** Which record something leads to: its kind and ids, from which a screen makes the link. */
export type RecordTarget = { type: 'entry'; id: string } | { type: 'run'; id: string; experimentId: string };
