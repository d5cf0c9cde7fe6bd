import { toHex } from '../crypto/bytes';
import { decryptJson, encryptJson, type Sealed } from '../crypto/cipher';
import { draftEntryId, draftWords } from '../domain/backup/draft-entry';
import { DataError, isDataError } from '../domain/data-error';
import type { Entry, ExperimentRun } from '../domain/records';
import { database } from './database';
import { keyFor, lockMode, openedCache, writeKeyId } from './keyring';
import { LOCK_ROW_ID } from './lock-row';

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
} as const;

export type SealableTable = keyof typeof READABLE;
type Readable<T extends SealableTable> = (typeof READABLE)[T][number];
export type PlainOf<T extends SealableTable> = T extends 'entries' ? Entry : ExperimentRun;

/** What of a record stays readable outside its seal: enough to list it, never its words. */
export type ReadableOf<T extends SealableTable> = Pick<PlainOf<T>, Readable<T> & keyof PlainOf<T>>;

/**
 * A record as it sits on disk: plain, or its readable fields beside a sealed whole. `sealedAs`
 * is only ever on an entry that schema version 4 made from a sealed draft (drafts-upgrade.ts):
 * its seal is still the draft's, bound to `drafts:<key>`, until the entry is next written.
 */
export type Stored<T extends SealableTable> =
  (PlainOf<T> & { sealed?: undefined }) | (ReadableOf<T> & { sealed: SealedPayload; sealedAs?: string });

export type StoredEntry = Stored<'entries'>;
export type StoredRun = Stored<'runs'>;

export const idOf = (record: object) => String((record as Record<string, unknown>).id);

const associatedData = (table: SealableTable, record: object) => `good-enough:${table}:${idOf(record)}`;

/** How the removed drafts table bound its seals; only entries made from sealed drafts still carry one. */
const DRAFT_SEAL = 'drafts:';

/**
 * What a stored record's seal is bound to, and how its opened payload becomes the record.
 * An entry made from a sealed draft is opened as that draft and read as an entry the way
 * every draft is (draft-entry.ts). Only a draft whose entry id this is: a seal moved to
 * another record, or bound to anything else, is damaged like any other that fails its check.
 */
function sealBinding(table: SealableTable, stored: object) {
  const { sealedAs } = stored as { sealedAs?: unknown };
  if (sealedAs === undefined) return { associated: associatedData(table, stored), read: (payload: object) => payload };
  const key =
    typeof sealedAs === 'string' && sealedAs.startsWith(DRAFT_SEAL) ? sealedAs.slice(DRAFT_SEAL.length) : null;
  if (table !== 'entries' || key === null || draftEntryId(key) !== idOf(stored)) {
    throw new DataError('damaged', `A ${table} record is sealed as something it is not`);
  }
  return {
    associated: `good-enough:${sealedAs}`,
    read: (payload: object) => draftWords((payload as { fields?: unknown }).fields),
  };
}

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
  const binding = sealBinding(table, stored);
  const record = `${table}:${idOf(stored)}`;
  const stamp = `${sealed.keyId}:${toHex(sealed.iv)}`;
  let payload = openedCache.get(record, stamp, sealed.data);
  if (!payload) {
    const key = keyFor(sealed.keyId);
    if (!key) throw await whyNoKey(table, sealed.keyId);
    const since = openedCache.generation();
    try {
      payload = await decryptJson<Record<string, unknown>>(key, sealed, binding.associated);
    } catch (error) {
      throw new DataError('damaged', `A ${table} record could not be opened`, { cause: error });
    }
    openedCache.set(record, stamp, sealed.data, payload, since);
  }
  return { ...binding.read(copyOf(payload)), ...pick(stored, READABLE[table]) } as unknown as PlainOf<T>;
}

/**
 * This tab holds no key for a record. If the lock row still names that key, the journal is
 * locked here, or its lock changed in another tab: unlocking again opens it. If the row no
 * longer names it (the passphrase was changed or removed while this record could not be
 * moved), no key for it exists anywhere any more: the record is damaged, and must not stop
 * every other record from being read.
 */
async function whyNoKey(table: SealableTable, keyId: string): Promise<DataError> {
  if (lockMode() !== 'locked') {
    const row = await database().lock.get(LOCK_ROW_ID);
    if (!row?.keyIds.includes(keyId)) return new DataError('damaged', `A ${table} record's key no longer exists`);
  }
  return new DataError('locked', 'The journal is locked');
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
  return openRecordsSayingWhich(table, stored).then(({ opened, unopenable }) => {
    if (unopenable.length > 0) onDamaged(unopenable.length);
    return opened;
  });
}

/** Opens many records, keeping the readable fields of each damaged one, so a list can show it as such. */
export function openRecordsSayingWhich<T extends SealableTable>(
  table: T,
  stored: Stored<T>[],
): Promise<{ opened: PlainOf<T>[]; unopenable: ReadableOf<T>[] }> {
  return Promise.resolve(
    Promise.allSettled(stored.map((record) => openRecord(table, record))).then((results) => {
      const opened: PlainOf<T>[] = [];
      const unopenable: ReadableOf<T>[] = [];
      results.forEach((result, index) => {
        if (result.status === 'fulfilled') opened.push(result.value);
        else if (isDataError(result.reason, 'damaged'))
          unopenable.push(pick(stored[index]!, READABLE[table]) as ReadableOf<T>);
        else throw result.reason;
      });
      return { opened, unopenable };
    }),
  );
}

function pick(record: object, keys: readonly string[]): Record<string, unknown> {
  const source = record as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  for (const key of keys) if (key in source) picked[key] = source[key];
  return picked;
}
