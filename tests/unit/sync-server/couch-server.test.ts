import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicAuth, startCouchServer, type CouchServer } from '../../../tools/couch-server';

/**
 * The harness the sync tests stand on: pouchdb-server behind it answers the parts of Apache
 * CouchDB 3's documented API that sync uses, as a member of one database, from a page's origin.
 */
const APP_ORIGIN = 'http://127.0.0.1:4173';
const USER = 'alice';
const PASSWORD = 'correct horse battery';

let couch: CouchServer;
let dbUrl: string;
const auth = { authorization: basicAuth(USER, PASSWORD), 'content-type': 'application/json' };

async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}

beforeAll(async () => {
  couch = await startCouchServer();
  dbUrl = await couch.createJournal('journal-harness', USER, PASSWORD);
}, 90_000);

afterAll(async () => {
  await couch?.stop();
});

describe('the couch harness', () => {
  it('makes a database its member can open', async () => {
    expect(dbUrl).toBe(`${couch.origin}/journal-harness`);
    const response = await fetch(dbUrl, { headers: auth });
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ db_name: 'journal-harness', doc_count: 0 });
  });

  it('refuses a wrong password with 401, and answers 404 for a database that does not exist', async () => {
    const refused = await fetch(dbUrl, { headers: { authorization: basicAuth(USER, 'wrong') } });
    expect(refused.status).toBe(401);
    expect(await json(refused)).toMatchObject({ error: 'unauthorized' });
    const missing = await fetch(`${couch.origin}/no-such-journal`, { headers: auth });
    expect(missing.status).toBe(404);
    expect(await json(missing)).toMatchObject({ error: 'not_found' });
  });

  it("answers a page's CORS preflight for an authorised write", async () => {
    const response = await fetch(`${dbUrl}/_bulk_docs`, {
      method: 'OPTIONS',
      headers: {
        origin: APP_ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(response.status).toBeLessThan(300);
    expect(response.headers.get('access-control-allow-origin')).toMatch(/^(\*|http:\/\/127\.0\.0\.1:4173)$/);
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('takes documents by _bulk_docs and serves them in pages from _changes and _all_docs', async () => {
    const docs = ['a', 'b', 'c'].map((id) => ({ _id: id, ciphertext: `opaque-${id}` }));
    const written = await fetch(`${dbUrl}/_bulk_docs`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ docs }),
    });
    expect(written.status).toBe(201);
    expect(((await written.json()) as { ok: boolean }[]).every((result) => result.ok)).toBe(true);

    const first = await json(await fetch(`${dbUrl}/_changes?since=0&include_docs=true&limit=2`, { headers: auth }));
    const results = first.results as { id: string; doc: { ciphertext: string } }[];
    expect(results.map((change) => change.doc.ciphertext)).toEqual(['opaque-a', 'opaque-b']);
    const since = encodeURIComponent(String(first.last_seq));
    const rest = await json(
      await fetch(`${dbUrl}/_changes?since=${since}&include_docs=true&limit=2`, { headers: auth }),
    );
    expect((rest.results as { id: string }[]).map((change) => change.id)).toEqual(['c']);

    expect((await couch.allDocs(dbUrl)).map((doc) => doc.ciphertext)).toEqual(['opaque-a', 'opaque-b', 'opaque-c']);
  });

  it('lets a test write as the server itself, keeping a given revision', async () => {
    const [written] = (await couch.bulkDocs(dbUrl, [{ _id: 'planted', ciphertext: 'old' }])) as { rev: string }[];
    const stale = { _id: 'planted', _rev: '9-0123456789abcdef0123456789abcdef', ciphertext: 'older' };
    await couch.bulkDocs(dbUrl, [stale], { newEdits: false });
    const doc = await json(await fetch(`${dbUrl}/planted`, { headers: auth }));
    // The higher revision wins, as on CouchDB: what a device then reads is the planted copy.
    expect(doc).toMatchObject({ _rev: stale._rev, ciphertext: 'older' });
    expect(written?.rev).toMatch(/^1-/);
  });

  it('keeps a _local checkpoint, which _all_docs does not list', async () => {
    const url = `${dbUrl}/_local/checkpoint-device-a`;
    const put = await fetch(url, { method: 'PUT', headers: auth, body: JSON.stringify({ last_seq: '3' }) });
    expect(put.status).toBe(201);
    const { rev } = (await put.json()) as { rev: string };
    const got = await json(await fetch(url, { headers: auth }));
    expect(got).toMatchObject({ _id: '_local/checkpoint-device-a', last_seq: '3' });
    const again = await fetch(url, {
      method: 'PUT',
      headers: auth,
      body: JSON.stringify({ _rev: rev, last_seq: '4' }),
    });
    expect(again.status).toBe(201);
    expect((await couch.allDocs(dbUrl)).some((doc) => doc._id.startsWith('_local/'))).toBe(false);
  });

  it('empties a database, keeping its member', async () => {
    await couch.emptyDatabase(dbUrl);
    expect(await couch.allDocs(dbUrl)).toEqual([]);
    const response = await fetch(dbUrl, { headers: auth });
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ doc_count: 0 });
    expect((await fetch(dbUrl, { headers: { authorization: basicAuth(USER, 'wrong') } })).status).toBe(401);
  });

  it('removes a journal and its account for good', async () => {
    const other = await couch.createJournal('journal-other', 'bob', 'bob password');
    expect((await fetch(other, { headers: { authorization: basicAuth('bob', 'bob password') } })).status).toBe(200);
    // A member of one journal is not let into another.
    expect((await fetch(other, { headers: auth })).status).toBeGreaterThanOrEqual(401);
    await couch.removeJournal(other);
    expect((await fetch(other)).status).toBe(404);
    expect((await fetch(other, { headers: { authorization: basicAuth('bob', 'bob password') } })).status).toBe(401);
  });

  it('goes unreachable and comes back with its data', async () => {
    await fetch(`${dbUrl}/kept`, { method: 'PUT', headers: auth, body: JSON.stringify({ ciphertext: 'x' }) });
    await couch.setReachable(false);
    await expect(fetch(dbUrl, { headers: auth })).rejects.toThrow();
    expect(couch.running).toBe(true);
    await couch.setReachable(true);
    expect((await fetch(`${dbUrl}/kept`, { headers: auth })).status).toBe(200);
  });

  it('loses everything on restart: the journal comes back empty, on the same address and account', async () => {
    expect((await couch.allDocs(dbUrl)).length).toBeGreaterThan(0);
    const port = couch.port;
    await couch.restart();
    expect(couch.port).toBe(port);
    expect(await couch.allDocs(dbUrl)).toEqual([]);
    expect((await fetch(`${dbUrl}/_local/checkpoint-device-a`, { headers: auth })).status).toBe(404);
    expect((await fetch(dbUrl, { headers: auth })).status).toBe(200);
  });

  it('can come back with nothing at all, and stops for good', async () => {
    await couch.restart({ keepAccounts: false });
    // The account went with everything else, so its password is refused before the database is
    // looked up; the admin party sees that the database is gone.
    expect((await fetch(dbUrl, { headers: auth })).status).toBe(401);
    expect((await fetch(dbUrl)).status).toBe(404);
    await couch.stop();
    expect(couch.running).toBe(false);
    await expect(fetch(dbUrl)).rejects.toThrow();
  });
});
