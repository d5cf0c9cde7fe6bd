import { fromBase64, toBase64 } from '../../crypto/bytes';
import { WrongKeyOrDamagedError } from '../../crypto/cipher';
import { documentIdFor, openDocument, sealDocument, type SyncKeys } from '../../crypto/sync-keys';
import type { SyncMark } from '../../domain/sync/reconcile';
import {
  isRecordDocument,
  isRecordPayload,
  isSetupDocument,
  recordKeyOf,
  type RecordPayload,
  SETUP_DOCUMENT_ID,
  SYNCED_TABLES,
} from '../../domain/sync/sync-documents';
import {
  type Arrival,
  type ArrivalCounts,
  bringIn,
  noArrivals,
  saveMarks,
  serverRevsOf,
  unsyncedPage,
} from '../../db/sync-records';
import {
  addSyncNotes,
  readSyncConfig,
  startOverWithServer,
  type SyncConfigRow,
  updateSyncConfig,
  usableSecrets,
} from '../../db/sync-store';
import { CouchClient, type ServerDoc, SyncError } from './couch-client';
import { checkVerifier, remakeSetupDocument, setupOf } from './sync-setup';
import { mapInPieces, yieldToPage } from './yield-to-page';

/**
 * One sync: read the server's changes since the last checkpoint and bring them in, then send
 * every record changed here since it last agreed with the server, in batches. A record the
 * server already holds in a newer revision (another device sent it first) is fetched and
 * decided by the same rule, then sent again. Nothing here ever deletes a record on the device.
 */

/** Small batches: each is a few requests and one short transaction, so the page stays free. */
export const BATCH = 100;
const MAX_ROUNDS = 5;
/** Far above any record the app writes (words are bounded); a bigger document is not opened. */
const MAX_DOCUMENT_CHARS = 16 * 1024 * 1024;
/** Documents opened or sealed together before the page is handed back (see yield-to-page.ts). */
const PIECE = 20;

export type SyncOutcome =
  | { kind: 'off' }
  | { kind: 'locked' }
  | { kind: 'sign-in' }
  | { kind: 'done'; counts: ArrivalCounts; sent: number; at: number };

export interface Session {
  row: SyncConfigRow;
  client: CouchClient;
  keys: SyncKeys;
}

export async function openSession(): Promise<Session | Exclude<SyncOutcome, { kind: 'done' }>> {
  const row = await readSyncConfig();
  if (!row) return { kind: 'off' };
  const secrets = await usableSecrets(row);
  if (secrets === 'locked') return { kind: 'locked' };
  if (secrets === 'sign-in') return { kind: 'sign-in' };
  return { row, client: new CouchClient(row.url, row.user, secrets.password), keys: secrets.keys };
}

export async function syncOnce(now: () => number = Date.now): Promise<SyncOutcome> {
  const session = await openSession();
  if (!('client' in session)) return session;
  await checkServerJournal(session);
  const counts = noArrivals();
  let sent = 0;
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    await pull(session, counts);
    const pushed = await push(session, counts);
    sent += pushed.sent;
    if (pushed.conflicts === 0) break;
  }
  const at = now();
  await updateSyncConfig({ lastSyncedAt: at });
  if (counts.keptBoth + counts.rollbacks + counts.refused > 0) await addSyncNotes(counts);
  return { kind: 'done', counts, sent, at };
}

/**
 * The setup document says which journal the server holds. Gone: the server lost its data, so
 * this device makes it again and sends everything. Changed: another device did that first (or
 * the journal was set up again); if our key still opens it, start over with it.
 */
async function checkServerJournal(session: Session): Promise<void> {
  const found = await session.client.getDoc(SETUP_DOCUMENT_ID);
  if (found && !isSetupDocument(found)) throw new SyncError('not-a-journal');
  if (found && found.journal === session.row.setup.journal) return;
  const current = found ?? (await remakeSetupDocument(session.client, session.row.setup));
  const setup = current ?? (await session.client.getDoc(SETUP_DOCUMENT_ID));
  if (!isSetupDocument(setup)) throw new SyncError('server-error');
  await checkVerifier(session.keys, setup);
  await startOverWithServer(setupOf(setup));
  session.row = { ...session.row, setup: setupOf(setup), since: null };
}

async function pull(session: Session, counts: ArrivalCounts): Promise<void> {
  const startedAt = session.row.since;
  // A device that has never pulled wants every document: the feed brings them with it.
  const withDocs = startedAt === null;
  const ask = (since: string | null) => {
    const asked = session.client.changes(since, BATCH, undefined, withDocs);
    asked.catch(() => undefined); // Awaited below; a failure while the last page is worked on waits for that.
    return asked;
  };
  let next = ask(session.row.since);
  for (;;) {
    const page = await next;
    const more = page.results.length >= BATCH;
    // The next page is on its way while this one is brought in.
    if (more) next = ask(page.last_seq);
    const live = page.results.filter((change) => !change.deleted && change.id !== SETUP_DOCUMENT_ID);
    // What this device sent (or already took) comes back through the feed too: skipped unread.
    // (A device reading everything has sent nothing yet; an echo among it is still decided as one.)
    const known = withDocs ? new Map<string, string | null>() : await serverRevsOf(live.map((change) => change.id));
    const wanted = live.filter((change) => known.get(change.id) !== change.changes[0]?.rev);
    if (wanted.length > 0) {
      const docs = withDocs
        ? wanted.flatMap((change) => (change.doc ? [change.doc] : []))
        : (await session.client.docsByIds(wanted.map((change) => change.id))).docs;
      await bringInDocs(session, docs, counts);
      await yieldToPage();
    }
    session.row = { ...session.row, since: page.last_seq };
    await updateSyncConfig({ since: page.last_seq });
    if (!more) break;
  }
  if (session.row.since !== startedAt) {
    await session.client
      .putLocal(`good-enough-${session.row.deviceId}`, { since: session.row.since })
      .catch(() => undefined); // The device's own copy of the checkpoint is the one relied on.
  }
}

/** Opens each record document; one that can't be opened (not sealed with our key, or changed) is left out. */
export async function bringInDocs(session: Session, docs: ServerDoc[], counts: ArrivalCounts): Promise<void> {
  const opened = await mapInPieces(docs, PIECE, async (doc): Promise<Arrival | 'refused' | null> => {
    if (doc._id === SETUP_DOCUMENT_ID || !isRecordDocument(doc)) return null;
    if (doc.data.length > MAX_DOCUMENT_CHARS) return 'refused';
    let payload: unknown;
    try {
      payload = await openDocument(session.keys, doc._id, { iv: fromBase64(doc.iv), data: fromBase64(doc.data) });
    } catch (error) {
      if (!(error instanceof WrongKeyOrDamagedError) && !(error instanceof DOMException)) throw error;
      return 'refused';
    }
    if (!isRecordPayload(payload)) return 'refused';
    // Sealed for this document, but is it this record's document? Its id must be the record's own.
    const expectedId = await documentIdFor(session.keys, recordKeyOf(payload.table, payload.record.id));
    if (expectedId !== doc._id) return 'refused';
    const { table, record, counter } = payload;
    return { table, record, counter, documentId: doc._id, serverRev: doc._rev };
  });
  await yieldToPage();
  const arrivals: Arrival[] = [];
  for (const item of opened) {
    if (item === 'refused') counts.refused += 1;
    else if (item) arrivals.push(item);
  }
  const brought = await bringIn(arrivals);
  for (const key of Object.keys(counts) as (keyof ArrivalCounts)[]) counts[key] += brought[key];
}

async function push(session: Session, counts: ArrivalCounts): Promise<{ sent: number; conflicts: number }> {
  let sent = 0;
  let conflicts = 0;
  for (const table of SYNCED_TABLES) {
    let afterId = '';
    for (;;) {
      const page = await unsyncedPage(table, afterId, BATCH);
      if (page.lastId === null) break;
      afterId = page.lastId;
      if (page.changed.length === 0) continue;
      await yieldToPage();
      const outgoing = await mapInPieces(page.changed, PIECE, async ({ record, mark }) => {
        const key = recordKeyOf(table, record.id);
        const documentId = mark?.documentId ?? (await documentIdFor(session.keys, key));
        const counter = (mark?.counter ?? 0) + 1;
        const payload: RecordPayload = { table, record: record as unknown as RecordPayload['record'], counter };
        const sealed = await sealDocument(session.keys, documentId, payload);
        const doc = {
          _id: documentId,
          ...(mark?.serverRev ? { _rev: mark.serverRev } : {}),
          iv: toBase64(sealed.iv),
          data: toBase64(sealed.data),
        };
        return { doc, key, counter, rev: record.rev };
      });
      const results = await session.client.bulkDocs(outgoing.map((item) => item.doc));
      const agreed: SyncMark[] = [];
      const conflicted: string[] = [];
      results.forEach((result, index) => {
        const item = outgoing[index]!;
        if (result.ok && result.rev) {
          agreed.push({
            key: item.key,
            documentId: item.doc._id,
            serverRev: result.rev,
            counter: item.counter,
            syncedRev: item.rev,
          });
        } else if (result.error === 'conflict') conflicted.push(item.doc._id);
        else throw new SyncError(result.error === 'forbidden' ? 'no-permission' : 'server-error');
      });
      await saveMarks(agreed);
      sent += agreed.length;
      if (conflicted.length > 0) {
        conflicts += conflicted.length;
        const found = await session.client.docsByIds(conflicted);
        await bringInDocs(session, found.docs, counts);
        // Deleted on the server (its copy was removed): sent again over the deletion.
        const byId = new Map(outgoing.map((item) => [item.doc._id, item]));
        await saveMarks(
          found.deleted.map(({ id, rev }) => {
            const item = byId.get(id)!;
            return { key: item.key, documentId: id, serverRev: rev, counter: item.counter, syncedRev: null };
          }),
        );
      }
    }
  }
  return { sent, conflicts };
}
