import { fromBase64, toBase64 } from '../crypto/bytes';
import { decryptJson, encryptJson } from '../crypto/cipher';
import { importSyncKeys, type SyncKeys } from '../crypto/sync-keys';
import { database } from './database';
import { guard } from './guard';
import { keyFor, lockMode, writeKeyId } from './keyring';

/**
 * This device's link to the person's server: where it is, who signs in, the sync key, and how
 * far the server's changes have been read. Secrets are kept as the journal is: with the lock
 * off, the password in the row and the keys as non-extractable CryptoKeys; with the lock on,
 * both sealed under the lock's key, so a locked device can't sync and a copied disk can't either.
 */

export interface ServerSetup {
  salt: string;
  iterations: number;
  /** The server journal this device is part of (see SetupDocument.journal). */
  journal: string;
  verifier: { iv: string; data: string };
}

type Secrets =
  | { kind: 'plain'; password: string; keys: SyncKeys }
  | { kind: 'sealed'; keyId: string; iv: Uint8Array<ArrayBuffer>; data: Uint8Array<ArrayBuffer> }
  /** The lock changed since sync was set up: the person signs in again. */
  | { kind: 'none' };

export interface SyncConfigRow {
  id: 'sync';
  url: string;
  user: string;
  deviceId: string;
  setup: ServerSetup;
  secrets: Secrets;
  /** The server's change sequence read up to; null reads from the start. */
  since: string | null;
  lastSyncedAt: number | null;
  /** What sync has to tell the person, kept until they have read it (Settings says it). */
  notes?: SyncNotes;
}

export interface SyncNotes {
  /** Records changed on two devices before they synced: both versions kept. */
  keptBoth: number;
  /** Older copies the server sent back, refused. */
  rollbacks: number;
  /** Documents on the server that could not be opened with the sync key, left there. */
  refused: number;
}

export interface UsableSecrets {
  password: string;
  keys: SyncKeys;
}

const ROW = 'sync' as const;
const SEALED_AS = 'good-enough:sync-secrets';

export function readSyncConfig(): Promise<SyncConfigRow | undefined> {
  return guard('read the sync settings', () => database().syncConfig.get(ROW));
}

/** Keeps secrets as the lock says: sealed under its write key when it is on. */
export async function secretsForDevice(password: string, raw: Uint8Array): Promise<Secrets> {
  const keyId = writeKeyId();
  if (lockMode() === 'off' || keyId === null) return { kind: 'plain', password, keys: await importSyncKeys(raw) };
  const key = keyFor(keyId);
  if (!key) return { kind: 'none' };
  const sealed = await encryptJson(key, { password, raw: toBase64(raw) }, SEALED_AS);
  return { kind: 'sealed', keyId, ...sealed };
}

/**
 * The secrets, if this device can use them now. 'locked': unlock first. 'sign-in': the lock
 * changed since sync was set up (plain keys can't stay beside a locked journal, and a retired
 * lock key opens nothing), so the person enters the password and sync passphrase again.
 */
export async function usableSecrets(row: SyncConfigRow): Promise<UsableSecrets | 'locked' | 'sign-in'> {
  const mode = lockMode();
  const { secrets } = row;
  if (mode === 'locked' && secrets.kind !== 'none') return 'locked';
  if (secrets.kind === 'plain') {
    if (mode === 'off') return { password: secrets.password, keys: secrets.keys };
    await forgetSecrets();
    return 'sign-in';
  }
  if (secrets.kind === 'sealed') {
    const key = keyFor(secrets.keyId);
    if (key) {
      const opened = await decryptJson<{ password: string; raw: string }>(key, secrets, SEALED_AS);
      return { password: opened.password, keys: await importSyncKeys(fromBase64(opened.raw)) };
    }
  }
  return 'sign-in';
}

async function forgetSecrets(): Promise<void> {
  await guard('update the sync settings', () => database().syncConfig.update(ROW, { secrets: { kind: 'none' } }));
}

export function saveSyncConfig(row: SyncConfigRow): Promise<void> {
  return guard('save the sync settings', async () => void (await database().syncConfig.put(row)));
}

export function updateSyncConfig(changes: Partial<Omit<SyncConfigRow, 'id'>>): Promise<void> {
  return guard('save the sync settings', async () => void (await database().syncConfig.update(ROW, changes)));
}

/** Adds to what sync has to tell, in one transaction with whatever another tab added. */
export function addSyncNotes(added: SyncNotes): Promise<void> {
  const db = database();
  return guard('save the sync settings', () =>
    db.transaction('rw', db.syncConfig, async () => {
      const row = await db.syncConfig.get(ROW);
      if (!row) return;
      const notes = row.notes ?? { keptBoth: 0, rollbacks: 0, refused: 0 };
      await db.syncConfig.update(ROW, {
        notes: {
          keptBoth: notes.keptBoth + added.keptBoth,
          rollbacks: notes.rollbacks + added.rollbacks,
          refused: notes.refused + added.refused,
        },
      });
    }),
  );
}

export function clearSyncNotes(): Promise<void> {
  return updateSyncConfig({ notes: { keptBoth: 0, rollbacks: 0, refused: 0 } });
}

/** Sync off: this device forgets the server. The journal itself is not touched. */
export function forgetSyncConfig(): Promise<void> {
  const db = database();
  return guard('turn sync off', () =>
    db.transaction('rw', db.syncConfig, db.syncMarks, async () => {
      await db.syncConfig.delete(ROW);
      await db.syncMarks.clear();
    }),
  );
}

/**
 * The server started a new journal (it lost its data, or was emptied): every record is sent
 * again. Counters stay, so an older copy is still known as older.
 */
export function startOverWithServer(setup: ServerSetup): Promise<void> {
  const db = database();
  return guard('update the sync settings', () =>
    db.transaction('rw', db.syncConfig, db.syncMarks, async () => {
      await db.syncMarks.toCollection().modify((mark) => {
        mark.serverRev = null;
        mark.syncedRev = null;
      });
      await db.syncConfig.update(ROW, { setup, since: null });
    }),
  );
}
