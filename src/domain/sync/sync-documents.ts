/**
 * What sync stores on the person's server. Every record travels as one document whose id is
 * an opaque HMAC and whose body is padded AES-GCM ciphertext (src/crypto/sync-keys.ts); the
 * server sees ids, CouchDB revisions and lengths rounded to a kilobyte, nothing else. One
 * setup document holds what a second device needs to derive the key and check a passphrase.
 */

export const SETUP_DOCUMENT_ID = 'good-enough-setup';
export const SYNC_FORMAT = 'good-enough-sync';

export type SyncedTable = 'entries' | 'runs';
export const SYNCED_TABLES: SyncedTable[] = ['entries', 'runs'];

export const recordKeyOf = (table: SyncedTable, id: string) => `${table}:${id}`;

export interface SetupDocument {
  _id: typeof SETUP_DOCUMENT_ID;
  _rev?: string;
  format: typeof SYNC_FORMAT;
  version: 1;
  kdf: { name: 'PBKDF2-SHA-256'; iterations: number; salt: string };
  /** New whenever the setup document is made again (a server that lost its data): devices start over. */
  journal: string;
  /** A known value sealed with the sync key: opening it proves the passphrase. */
  verifier: { iv: string; data: string };
}

export interface RecordDocument {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  iv: string;
  data: string;
}

/** Inside a record document's ciphertext. */
export interface RecordPayload {
  table: SyncedTable;
  record: { id: string; rev: number; updatedAt: number } & Record<string, unknown>;
  /** Rises by one with every version sent; a lower one than already seen is a rollback. */
  counter: number;
}

export const VERIFIER_TEXT = 'good-enough-sync-verifier';

export function isSetupDocument(value: unknown): value is SetupDocument {
  const doc = value as Partial<SetupDocument> | null;
  return (
    typeof doc === 'object' &&
    doc !== null &&
    doc.format === SYNC_FORMAT &&
    doc.version === 1 &&
    typeof doc.journal === 'string' &&
    typeof doc.kdf?.iterations === 'number' &&
    doc.kdf.iterations >= 100_000 &&
    doc.kdf.iterations <= 10_000_000 &&
    typeof doc.kdf.salt === 'string' &&
    typeof doc.verifier?.iv === 'string' &&
    typeof doc.verifier.data === 'string'
  );
}

export function isRecordDocument(value: unknown): value is RecordDocument {
  const doc = value as Partial<RecordDocument> | null;
  return (
    typeof doc === 'object' &&
    doc !== null &&
    typeof doc._id === 'string' &&
    typeof doc.iv === 'string' &&
    typeof doc.data === 'string'
  );
}

export function isRecordPayload(value: unknown): value is RecordPayload {
  const payload = value as Partial<RecordPayload> | null;
  return (
    typeof payload === 'object' &&
    payload !== null &&
    (payload.table === 'entries' || payload.table === 'runs') &&
    Number.isSafeInteger(payload.counter) &&
    typeof payload.record?.id === 'string' &&
    Number.isSafeInteger(payload.record.rev) &&
    Number.isFinite(payload.record.updatedAt)
  );
}
