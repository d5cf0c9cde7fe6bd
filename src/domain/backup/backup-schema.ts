import * as v from 'valibot';

/**
 * The backup file: one JSON document holding every record of every table, checked whole
 * before anything is written. Unknown fields inside records are dropped; wrong types,
 * missing fields and impossible values are refused with a readable reason.
 */

import { MAX_TAG_LENGTH } from '../tags';
import { MAX_TAGS, MAX_TIME, MAX_WORDS_LENGTH, MIN_TIME } from '../bounds';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup-format';
import { isRealDay } from './real-day';

export { BACKUP_FORMAT, BACKUP_VERSION };

const uuid = v.pipe(v.string(), v.uuid('is not an id in the expected form'));

/** Times the app writes: whole milliseconds within the years 1900..2200. */
const time = v.pipe(
  v.number(),
  v.integer('is not a time the app writes'),
  v.minValue(MIN_TIME, 'is a time before 1900'),
  v.maxValue(MAX_TIME, 'is a time after 2200'),
);
const rating = v.nullable(
  v.pipe(v.number(), v.integer('is not a whole number'), v.minValue(0, 'is below 0'), v.maxValue(100, 'is above 100')),
);
/** A real calendar day (no 2024-02-30) within the same years as times. */
const day = v.pipe(v.string(), v.check(isRealDay, 'is not a real day between 1900 and 2200, written as yyyy-MM-dd'));
/** Each save adds one; far more than any journal reaches, and far below where numbers lose their count. */
export const MAX_REV = 2 ** 48;
const rev = v.pipe(
  v.number(),
  v.integer('is not a whole number'),
  v.minValue(1, 'is below 1'),
  v.maxValue(MAX_REV, 'is larger than any revision the app writes'),
);
const words = v.pipe(v.string(), v.maxLength(MAX_WORDS_LENGTH, 'is longer than the app keeps'));
const PACK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const packId = v.pipe(
  v.string(),
  v.maxLength(100, 'is too long'),
  v.regex(PACK_ID, 'is not an id in the expected form'),
);
const timeZone = v.pipe(
  v.string(),
  v.maxLength(100, 'is too long'),
  v.regex(/^[A-Za-z0-9_+-]+(?:\/[A-Za-z0-9_+-]+)*$/, 'is not a time zone name'),
);
const tag = v.pipe(
  v.string(),
  v.minLength(1, 'holds an empty tag'),
  v.maxLength(MAX_TAG_LENGTH, 'holds a tag longer than the app keeps'),
);

const meta = {
  id: uuid,
  createdAt: time,
  updatedAt: time,
  rev,
  deletedAt: v.nullable(time),
  baseUpdatedAt: v.optional(v.nullable(time)),
};

export const EntryRecordSchema = v.object({
  ...meta,
  kind: v.picklist(['free', 'answer']),
  title: words,
  text: words,
  mood: v.nullable(v.picklist([1, 2, 3, 4, 5])),
  tags: v.pipe(v.array(tag), v.maxLength(MAX_TAGS, 'holds more tags than the app keeps')),
  packId: v.nullable(packId),
  questionId: v.nullable(packId),
  day,
  timeZone,
});

export const RunRecordSchema = v.object({
  ...meta,
  packId,
  experimentId: packId,
  experimentTitle: words,
  status: v.picklist(['planned', 'done']),
  belief: words,
  beliefBefore: rating,
  prediction: words,
  planWhat: words,
  planWhen: v.nullable(day),
  planWhere: words,
  variation: v.picklist(['standard', 'easier', 'harder']),
  discomfortBefore: rating,
  // Fields added after the first release: a backup made before has none of them.
  safetyBehaviours: v.optional(words),
  badExpected: v.optional(rating),
  outcome: words,
  discomfortDuring: rating,
  predictionCameTrue: v.nullable(v.picklist(['yes', 'partly', 'no'])),
  beliefAfter: rating,
  learned: words,
  kinderRule: words,
  next: v.nullable(v.picklist(['repeat', 'harder', 'rest'])),
  safetyBehavioursUsed: v.optional(v.nullable(v.picklist(['no', 'some', 'yes']))),
  coping: v.optional(words),
  badActual: v.optional(rating),
  kinderRuleBelief: v.optional(rating),
  completedAt: v.nullable(time),
  day,
  timeZone,
});

const shortKey = v.pipe(v.string(), v.minLength(1, 'is empty'), v.maxLength(200, 'is too long'));
/**
 * What a draft's fields can hold: the words and choices of a form. Drafts are still checked
 * as before, then read as entries (draft-entry.ts): older versions' files may hold them.
 */
const draftValue = v.union([
  words,
  v.pipe(v.number(), v.finite()),
  v.boolean(),
  v.null(),
  v.pipe(v.array(v.pipe(v.string(), v.maxLength(1000, 'is too long'))), v.maxLength(MAX_TAGS, 'is too long')),
]);

export const DraftRecordSchema = v.object({
  key: shortKey,
  fields: v.pipe(
    v.record(v.pipe(v.string(), v.maxLength(100, 'is too long')), v.unknown()),
    v.check((fields) => Object.keys(fields).length <= 100, 'holds more fields than a form has'),
    v.check(
      (fields) => Object.values(fields).every((value) => v.is(draftValue, value)),
      'holds a value no form of the app writes',
    ),
  ),
  baseRev: v.nullable(rev),
  updatedAt: time,
});

/** Each value is checked against the settings registry when the file is read (read-backup.ts). */
export const SettingRecordSchema = v.object({ key: shortKey, value: v.unknown(), updatedAt: time });

/** The file around the records: checked first, so the records can then be checked in chunks. */
export const EnvelopeSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  formatVersion: v.literal(BACKUP_VERSION),
  appVersion: v.pipe(v.string(), v.maxLength(100, 'is too long')),
  exportedAt: v.pipe(v.string(), v.maxLength(100, 'is too long')),
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

type Checked<Table extends keyof typeof RECORD_SCHEMAS> = v.InferOutput<(typeof RECORD_SCHEMAS)[Table]>[];

/**
 * A backup once every record has passed its schema (see read-backup.ts). Its drafts are always
 * none: a file's drafts are read as entries (draft-entry.ts), and the app writes the empty
 * table only so that older versions, which require it, can still read its backups.
 */
export type Backup = Omit<v.InferOutput<typeof EnvelopeSchema>, 'tables'> & {
  tables: { entries: Checked<'entries'>; runs: Checked<'runs'>; drafts: []; settings: Checked<'settings'> };
};
