import * as v from 'valibot';
import { MAX_TIME, MIN_TIME } from '../bounds';

/**
 * Every setting the app keeps, with its type and its value when never set. Every read and
 * write goes through here (src/db/settings-repository.ts), and so does every setting brought
 * in from a backup file, key by key: a file can't set what the app itself couldn't.
 */

const time = v.pipe(v.number(), v.finite(), v.minValue(MIN_TIME), v.maxValue(MAX_TIME));

/** Minutes out of sight before the journal locks itself; null means only when asked. */
export const LOCK_AFTER_CHOICES = [1, 5, 15, null] as const;

interface Definition<S extends v.GenericSchema> {
  /** How the person would name it, for saying which settings a file could not set. */
  label: string;
  schema: S;
  /** The value while it was never set (or what was stored can't be read). */
  initial: v.InferOutput<S>;
  /**
   * Whether a backup file may set it. Lock settings never come from a file: whoever holds a
   * file must not be able to make a locked journal stay open.
   */
  fromFile: boolean;
}

const define = <S extends v.GenericSchema>(definition: Definition<S>) => definition;

export const SETTINGS = {
  lastBackupAt: define({
    label: 'When the last backup was made',
    schema: v.nullable(time),
    initial: null,
    fromFile: true,
  }),
  backupSuggestions: define({ label: 'Backup suggestions', schema: v.boolean(), initial: true, fromFile: true }),
  backupSuggestionSnoozedUntil: define({
    label: 'Backup suggestions paused until',
    schema: v.nullable(time),
    initial: null,
    fromFile: true,
  }),
  'welcome-seen': define({ label: 'The welcome, already seen', schema: v.boolean(), initial: false, fromFile: true }),
  'lock.afterMinutes': define({
    label: 'Lock again after the app has been out of sight',
    schema: v.nullable(v.picklist([1, 5, 15] as const)),
    initial: 5 as (typeof LOCK_AFTER_CHOICES)[number],
    fromFile: false,
  }),
};

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const shortId = v.pipe(v.string(), v.maxLength(100), v.regex(ID));

/** Where someone is in a pack's questions: ids and a position, never an answer's words. */
const SessionProgressSchema = v.object({
  packId: shortId,
  index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000)),
  answers: v.pipe(
    v.record(shortId, v.pipe(v.string(), v.uuid())),
    v.check((answers) => Object.keys(answers).length <= 1000),
  ),
});

/** Settings whose key carries a name, one per content pack. */
export const SETTING_FAMILIES = {
  'question-session:': define({
    label: 'Your place in a set of questions',
    schema: v.nullable(SessionProgressSchema),
    initial: null,
    fromFile: true,
  }),
};

type Fixed = typeof SETTINGS;
type Families = typeof SETTING_FAMILIES;
export type SettingKey = keyof Fixed | `${keyof Families & string}${string}`;

export type SettingValue<K extends SettingKey> = K extends keyof Fixed
  ? v.InferOutput<Fixed[K]['schema']>
  : K extends `${infer Prefix extends keyof Families & string}${string}`
    ? v.InferOutput<Families[Prefix]['schema']>
    : never;

function definitionOf(key: string): Definition<v.GenericSchema> | undefined {
  if (Object.hasOwn(SETTINGS, key)) return SETTINGS[key as keyof Fixed] as Definition<v.GenericSchema>;
  for (const [prefix, definition] of Object.entries(SETTING_FAMILIES)) {
    const name = key.slice(prefix.length);
    if (key.startsWith(prefix) && ID.test(name) && name.length <= 100) return definition;
  }
  return undefined;
}

/** Whether `key` names a setting this app knows. */
export const isSettingKey = (key: string): key is SettingKey => definitionOf(key) !== undefined;

/** The stored value when it fits its setting, otherwise the setting's initial value. */
export function readSetting<K extends SettingKey>(key: K, stored: unknown): SettingValue<K> {
  const definition = definitionOf(key);
  if (!definition) throw new TypeError('Not a known setting');
  if (stored === undefined) return definition.initial as SettingValue<K>;
  const parsed = v.safeParse(definition.schema, stored);
  return (parsed.success ? parsed.output : definition.initial) as SettingValue<K>;
}

/** Whether a value may be written under `key`. */
export function fitsSetting(key: string, value: unknown): boolean {
  const definition = definitionOf(key);
  return definition !== undefined && v.safeParse(definition.schema, value).success;
}

/** `label` for a setting this app has; an unknown one is named by its key. */
export type DroppedSetting = { key: string; label?: string; reason: 'lock' | 'unknown' | 'invalid' };

/**
 * A backup's settings, checked one by one: those this app knows and accepts from a file are
 * kept; every other one is dropped and named, so the preview can say what was left out.
 */
export function checkImportedSettings<T extends { key: string; value: unknown }>(
  settings: T[],
): { kept: T[]; dropped: DroppedSetting[] } {
  const kept: T[] = [];
  const dropped: DroppedSetting[] = [];
  for (const setting of settings) {
    const definition = definitionOf(setting.key);
    if (!definition) dropped.push({ key: setting.key, reason: 'unknown' });
    else if (!definition.fromFile) dropped.push({ key: setting.key, label: definition.label, reason: 'lock' });
    else if (!v.safeParse(definition.schema, setting.value).success)
      dropped.push({ key: setting.key, label: definition.label, reason: 'invalid' });
    else kept.push(setting);
  }
  return { kept, dropped };
}
