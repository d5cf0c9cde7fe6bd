import { fromBase64, randomBytes, toBase64 } from '../../crypto/bytes';
import { WrongKeyOrDamagedError } from '../../crypto/cipher';
import { PBKDF2_ITERATIONS, SALT_BYTES } from '../../crypto/keys';
import { deriveSyncKeyBytes, importSyncKeys, openDocument, sealDocument, type SyncKeys } from '../../crypto/sync-keys';
import {
  isSetupDocument,
  SETUP_DOCUMENT_ID,
  SYNC_FORMAT,
  type SetupDocument,
  VERIFIER_TEXT,
} from '../../domain/sync/sync-documents';
import { checkServerAddress } from '../../domain/sync/sync-problems';
import {
  readSyncConfig,
  saveSyncConfig,
  secretsForDevice,
  type ServerSetup,
  startOverWithServer,
} from '../../db/sync-store';
import { CouchClient, SyncError } from './couch-client';

/**
 * Turning sync on, on the first device or the next. The first makes the setup document (salt,
 * iteration count, a verifier sealed with the new key); every later one derives the key from
 * the same passphrase and opens the verifier, so a wrong passphrase is known at once and
 * nothing is written. Nothing is saved on this device until the server has said yes.
 */

export interface SyncSignIn {
  url: string;
  user: string;
  password: string;
  passphrase: string;
}

/** Test builds may ask for fewer rounds (a real setup document always says how many it used). */
export async function turnOnSync(signIn: SyncSignIn, iterations = PBKDF2_ITERATIONS): Promise<void> {
  const address = checkServerAddress(signIn.url);
  if (!address) throw new SyncError('bad-address');
  const url = address.toString();
  const client = new CouchClient(url, signIn.user, signIn.password);
  const info = await client.database();
  let found = await client.getDoc(SETUP_DOCUMENT_ID);
  if (found && !isSetupDocument(found)) throw new SyncError('not-a-journal');
  if (!found && info.doc_count > 0) throw new SyncError('not-a-journal');
  let raw: Uint8Array<ArrayBuffer>;
  if (found) {
    raw = await deriveSyncKeyBytes(signIn.passphrase, fromBase64(found.kdf.salt), found.kdf.iterations);
  } else {
    const made = await makeSetupDocument(signIn.passphrase, iterations);
    const rev = await client.putDoc(made.doc);
    // Another device made it at the same moment: join that one instead.
    found = rev ? { ...made.doc, _rev: rev } : await client.getDoc(SETUP_DOCUMENT_ID);
    if (!isSetupDocument(found)) throw new SyncError('server-error');
    raw = rev
      ? made.raw
      : await deriveSyncKeyBytes(signIn.passphrase, fromBase64(found.kdf.salt), found.kdf.iterations);
  }
  const keys = await importSyncKeys(raw);
  await checkVerifier(keys, found);
  const setup = setupOf(found);
  const before = await readSyncConfig();
  await saveSyncConfig({
    id: 'sync',
    url,
    user: signIn.user,
    deviceId: before?.deviceId ?? crypto.randomUUID(),
    setup,
    secrets: await secretsForDevice(signIn.password, raw),
    since: before?.url === url && before.setup.journal === setup.journal ? before.since : null,
    lastSyncedAt: before?.lastSyncedAt ?? null,
  });
  // Signing in again to the same journal keeps what was agreed; anything else starts over.
  if (before && (before.url !== url || before.setup.journal !== setup.journal)) await startOverWithServer(setup);
}

async function makeSetupDocument(passphrase: string, iterations: number) {
  const salt = randomBytes(SALT_BYTES);
  const raw = await deriveSyncKeyBytes(passphrase, salt, iterations);
  const keys = await importSyncKeys(raw);
  const verifier = await sealDocument(keys, SETUP_DOCUMENT_ID, VERIFIER_TEXT);
  const doc: SetupDocument = {
    _id: SETUP_DOCUMENT_ID,
    format: SYNC_FORMAT,
    version: 1,
    kdf: { name: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt) },
    journal: crypto.randomUUID(),
    verifier: { iv: toBase64(verifier.iv), data: toBase64(verifier.data) },
  };
  return { doc, raw };
}

export async function checkVerifier(keys: SyncKeys, setup: Pick<SetupDocument, 'verifier'>): Promise<void> {
  try {
    const sealed = { iv: fromBase64(setup.verifier.iv), data: fromBase64(setup.verifier.data) };
    const text = await openDocument<string>(keys, SETUP_DOCUMENT_ID, sealed);
    if (text === VERIFIER_TEXT) return;
  } catch (error) {
    if (!(error instanceof WrongKeyOrDamagedError)) throw error;
  }
  throw new SyncError('wrong-passphrase');
}

export const setupOf = (doc: SetupDocument): ServerSetup => ({
  salt: doc.kdf.salt,
  iterations: doc.kdf.iterations,
  journal: doc.journal,
  verifier: doc.verifier,
});

/**
 * The server has no setup document any more (emptied, or a new database at the same
 * address): this device makes it again from what it remembers, under a new journal id, and
 * every device then sends everything again. The same passphrase still opens it.
 */
export async function remakeSetupDocument(client: CouchClient, setup: ServerSetup): Promise<SetupDocument | null> {
  const doc: SetupDocument = {
    _id: SETUP_DOCUMENT_ID,
    format: SYNC_FORMAT,
    version: 1,
    kdf: { name: 'PBKDF2-SHA-256', iterations: setup.iterations, salt: setup.salt },
    journal: crypto.randomUUID(),
    verifier: setup.verifier,
  };
  const rev = await client.putDoc(doc);
  return rev ? { ...doc, _rev: rev } : null;
}
