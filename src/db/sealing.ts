import { toHex } from '../crypto/bytes';
import { decryptJson, encryptJson, type Sealed } from '../crypto/cipher';
import { DataError, isDataError } from '../domain/data-error';
import type { Draft, Entry, ExperimentRun } from '../domain/records';
import { keyFor, lockMode, openedCache, writeKeyId } from './keyring';

/**
 * How records are sealed when the privacy lock is on. The whole record is encrypted with
 * AES-GCM under a data key, bound to its table and id; a few fields stay readable beside it
 * so the journal can be paged, counted and ordered without decrypting everything: ids, times,
 * days, kinds and which experiment or question a record belongs to. Titles, texts, tags,
 * moods, answers and every field of a run are only inside the ciphertext.
 */

export interface SealedPayload extends Sealed {
  /** Which data key sealed it: a passphrase change moves records from one key to the next. */
  keyId: string;
}

const READABLE = {
  entries: ['id', 'createdAt', 'updatedAt', 'rev', 'deletedAt', 'kind', 'packId', 'questionId', 'day', 'timeZone'],
  runs: [
    'id',
    'createdAt',
    'updatedAt',
    'rev',
    'deletedAt',
    'packId',
    'experimentId',
    'status',
    'planWhen',
    'completedAt',
    'day',
    'timeZone',
  ],
  drafts: ['key', 'baseRev', 'updatedAt'],
} as const;

export type SealableTable = keyof typeof READABLE;
type Readable<T extends SealableTable> = (typeof READABLE)[T][number];
export type PlainOf<T extends SealableTable> = T extends 'entries' ? Entry : T extends 'runs' ? ExperimentRun : Draft;

/** A record as it sits on disk: plain, or its readable fields beside a sealed whole. */
export type Stored<T extends SealableTable> =
  | (PlainOf<T> & { sealed?: undefined })
  | (Pick<PlainOf<T>, Readable<T> & keyof PlainOf<T>> & { sealed: SealedPayload });

export type StoredEntry = Stored<'entries'>;
export type StoredRun = Stored<'runs'>;
export type StoredDraft = Stored<'drafts'>;

/** A record's own key: drafts are keyed by `key`, everything else by `id`. */
export const idOf = (table: SealableTable, record: object) =>
  String((record as Record<string, unknown>)[table === 'drafts' ? 'key' : 'id']);

const associatedData = (table: SealableTable, record: object) => `good-enough:${table}:${idOf(table, record)}`;

/** The key a stored record is sealed with, or null for a plain one. */
export function sealKeyOf(stored: { sealed?: SealedPayload }): string | null {
  return stored.sealed?.keyId ?? null;
}

/** Seals with this tab's write key; plain when the lock is off. Refuses while locked. */
export function sealForWriting<T extends SealableTable>(table: T, record: PlainOf<T>): Promise<Stored<T>> {
  if (lockMode() === 'locked') throw new DataError('locked', 'The journal is locked');
  return sealWith(table, record, writeKeyId());
}

export async function sealWith<T extends SealableTable>(
  table: T,
  record: PlainOf<T>,
  keyId: string | null,
): Promise<Stored<T>> {
  if (keyId === null) return record as Stored<T>;
  const key = keyFor(keyId);
  if (!key) throw new DataError('locked', 'The journal is locked');
  const sealed = await encryptJson(key, record, associatedData(table, record));
  const readable = pick(record, READABLE[table]);
  return { ...readable, sealed: { ...sealed, keyId } } as Stored<T>;
}

/** The plain record. Readable fields outside the seal win: moving to the trash changes only them. */
export async function openRecord<T extends SealableTable>(table: T, stored: Stored<T>): Promise<PlainOf<T>> {
  if (!stored.sealed) return stored as PlainOf<T>;
  const { sealed } = stored;
  const record = `${table}:${idOf(table, stored)}`;
  const stamp = `${sealed.keyId}:${toHex(sealed.iv)}`;
  let payload = openedCache.get(record, stamp, sealed.data);
  if (!payload) {
    const key = keyFor(sealed.keyId);
    if (!key) throw new DataError('locked', 'The journal is locked');
    const since = openedCache.generation();
    try {
      payload = await decryptJson<Record<string, unknown>>(key, sealed, associatedData(table, stored));
    } catch (error) {
      throw new DataError('damaged', `A ${table} record could not be opened`, { cause: error });
    }
    openedCache.set(record, stamp, sealed.data, payload, since);
  }
  return { ...copyOf(payload), ...pick(stored, READABLE[table]) } as unknown as PlainOf<T>;
}

/** Arrays and objects inside are copied too, so nobody changes the cached copy by accident. */
function copyOf(payload: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(payload)) {
    copy[key] = value !== null && typeof value === 'object' ? structuredClone(value) : value;
  }
  return copy;
}

/**
 * Opens many records for a list. A damaged one (its check fails: changed bytes, or moved
 * from another record) is left out rather than hiding all the others; `onDamaged` hears of it.
 * Wrapped in `Promise.resolve` because Dexie's live queries keep track of what they read only
 * through its own promises (dexie-react-hooks' rule for WebCrypto).
 */
export function openRecords<T extends SealableTable>(
  table: T,
  stored: Stored<T>[],
  onDamaged: (count: number) => void = () => {},
): Promise<PlainOf<T>[]> {
  return Promise.resolve(
    Promise.allSettled(stored.map((record) => openRecord(table, record))).then((results) => {
      const opened: PlainOf<T>[] = [];
      let damaged = 0;
      for (const result of results) {
        if (result.status === 'fulfilled') opened.push(result.value);
        else if (isDataError(result.reason, 'damaged')) damaged += 1;
        else throw result.reason;
      }
      if (damaged > 0) onDamaged(damaged);
      return opened;
    }),
  );
}

function pick(record: object, keys: readonly string[]): Record<string, unknown> {
  const source = record as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  for (const key of keys) if (key in source) picked[key] = source[key];
  return picked;
}
