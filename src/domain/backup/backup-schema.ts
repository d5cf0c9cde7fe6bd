import * as v from 'valibot';

/**
 * The backup file: one JSON document holding every record of every table, checked whole
 * before anything is written. Unknown fields inside records are dropped; wrong types,
 * missing fields and impossible values are refused with a readable reason.
 */

import { BACKUP_FORMAT, BACKUP_VERSION } from './backup-format';

export { BACKUP_FORMAT, BACKUP_VERSION };

const uuid = v.pipe(v.string(), v.uuid('an id is not in the expected form'));
const time = v.pipe(v.number(), v.finite(), v.minValue(0, 'a time is before 1970'));
const rating = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)));
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a day is not written as yyyy-MM-dd'));

const meta = {
  id: uuid,
  createdAt: time,
  updatedAt: time,
  rev: v.pipe(v.number(), v.integer(), v.minValue(1)),
  deletedAt: v.nullable(time),
};

export const EntryRecordSchema = v.object({
  ...meta,
  kind: v.picklist(['free', 'answer']),
  title: v.string(),
  text: v.string(),
  mood: v.nullable(v.picklist([1, 2, 3, 4, 5])),
  tags: v.array(v.string()),
  packId: v.nullable(v.string()),
  questionId: v.nullable(v.string()),
  day,
  timeZone: v.string(),
});

export const RunRecordSchema = v.object({
  ...meta,
  packId: v.string(),
  experimentId: v.string(),
  experimentTitle: v.string(),
  status: v.picklist(['planned', 'done']),
  belief: v.string(),
  beliefBefore: rating,
  prediction: v.string(),
  planWhat: v.string(),
  planWhen: v.nullable(day),
  planWhere: v.string(),
  variation: v.picklist(['standard', 'easier', 'harder']),
  discomfortBefore: rating,
  outcome: v.string(),
  discomfortDuring: rating,
  predictionCameTrue: v.nullable(v.picklist(['yes', 'partly', 'no'])),
  beliefAfter: rating,
  learned: v.string(),
  kinderRule: v.string(),
  next: v.nullable(v.picklist(['repeat', 'harder', 'rest'])),
  completedAt: v.nullable(time),
  day,
  timeZone: v.string(),
});

export const DraftRecordSchema = v.object({
  key: v.string(),
  fields: v.record(v.string(), v.unknown()),
  baseRev: v.nullable(v.number()),
  updatedAt: time,
});

export const SettingRecordSchema = v.object({ key: v.string(), value: v.unknown(), updatedAt: time });

/** The file around the records: checked first, so the records can then be checked in chunks. */
export const EnvelopeSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  formatVersion: v.literal(BACKUP_VERSION),
  appVersion: v.string(),
  exportedAt: v.string(),
  tables: v.object({
    entries: v.array(v.unknown()),
    runs: v.array(v.unknown()),
    drafts: v.array(v.unknown()),
    settings: v.array(v.unknown()),
  }),
});

export const RECORD_SCHEMAS = {
  entries: EntryRecordSchema,
  runs: RunRecordSchema,
  drafts: DraftRecordSchema,
  settings: SettingRecordSchema,
} as const;

/** A backup once every record has passed its schema (see read-backup.ts). */
export type Backup = v.InferOutput<typeof EnvelopeSchema> & {
  tables: { [Table in keyof typeof RECORD_SCHEMAS]: v.InferOutput<(typeof RECORD_SCHEMAS)[Table]>[] };
};
