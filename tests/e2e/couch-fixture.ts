import { randomBytes } from 'node:crypto';
import { basicAuth, startCouchServer, type CouchServer } from '../../tools/couch-server';
import { test as base } from './fixtures';

export { expect } from './fixtures';
export type { Browser, BrowserContext, Page } from './fixtures';
export type { CouchDoc, CouchServer } from '../../tools/couch-server';

/** A fresh database on the worker's server, with its own member: what a person types into Sync. */
export interface Journal {
  /** The database's address, e.g. http://127.0.0.1:5990/journal-3f9a0c1d2e4b */
  url: string;
  dbName: string;
  user: string;
  password: string;
  /** The `Authorization` header value for `user` and `password` (Basic). */
  authorization: string;
}

/**
 * The first worker's server listens on 5990, the next on 5991... (parallelIndex, which a worker
 * started again after a failure takes over, so the ports stay few). Another checkout running its
 * sync tests at the same time sets COUCH_TEST_PORT, as it sets TEST_PORT.
 */
const COUCH_BASE_PORT = Number(process.env.COUCH_TEST_PORT ?? 5990);

/**
 * `test` of ./fixtures (pinned moment and all) plus a CouchDB-protocol server per worker
 * (`couch`, tools/couch-server.ts) and a new journal on it for every test (`journal`).
 * A sync spec imports `test` and `expect` from here. Whatever a test did to the server (made
 * it unreachable, stopped it), the next test finds it running and reachable again.
 */
export const test = base.extend<{ journal: Journal }, { couch: CouchServer }>({
  couch: [
    // Playwright reads the fixtures a fixture needs from its first parameter: none here.
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide, workerInfo) => {
      const couch = await startCouchServer({ port: COUCH_BASE_PORT + workerInfo.parallelIndex });
      await provide(couch);
      await couch.stop();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  journal: async ({ couch }, provide) => {
    await ready(couch);
    const id = randomBytes(6).toString('hex');
    const dbName = `journal-${id}`;
    const user = `person-${id}`;
    const password = randomBytes(12).toString('base64url');
    const url = await couch.createJournal(dbName, user, password);
    await provide({ url, dbName, user, password, authorization: basicAuth(user, password) });
    await ready(couch);
    await couch.removeJournal(url);
  },
});

async function ready(couch: CouchServer): Promise<void> {
  if (!couch.running) await couch.restart({ keepAccounts: false });
  await couch.setReachable(true);
}
