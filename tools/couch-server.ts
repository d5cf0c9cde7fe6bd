import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, TcpSwitch } from './tcp-switch';

/**
 * A CouchDB-protocol server for sync tests: pouchdb-server 4.2.0, in memory, on 127.0.0.1, with
 * CORS switched on through `/_config` as a real CouchDB's owner would (docs/SYNC.md).
 *
 * It stays in "admin party" (no admin is ever set: pouchdb-server 4.2.0 crashes on the next
 * database request if one is), so the harness's own calls (createJournal, allDocs,
 * emptyDatabase) need no credentials, while the app's requests carry a member's Basic auth.
 * Admin party also means a request with NO credentials is let in; a real CouchDB 3 always has an
 * admin and answers it 401, so never test "refused" without credentials here. A signed-in user
 * who is not a member gets 401 here where CouchDB 3 says 403: treat both as "refused".
 *
 * The address tests use goes through a TcpSwitch, so `setReachable(false)` makes the server
 * unreachable (connections refused) while it keeps its data, and `setReachable(true)` brings it
 * back. The harness's own calls go straight to pouchdb-server and work either way.
 *
 * `restart()` kills pouchdb-server and starts a new one behind the same address. In memory,
 * that loses everything: documents, `_local` checkpoints, accounts. It is how a test plays "the
 * server lost its data": by default the journals made here come back empty, with the same
 * address, account and password (as an owner restoring a server from nothing would set it up);
 * with `{ keepAccounts: false }` nothing comes back and the database answers 404.
 */

/**
 * The CORS settings a person gives their own CouchDB (docs/SYNC.md). pouchdb-server serves only CouchDB 1's
 * `/_config/{section}/{key}` (404 for CouchDB 3's `/_node/_local/_config/...`, which docs/SYNC.md
 * gives a person), and `httpd/enable_cors` where CouchDB 3.2+ reads `chttpd/enable_cors`. It also
 * takes origins "*" with credentials, which CouchDB 3 documents as not allowed together.
 */
export const CORS_CONFIG: Readonly<Record<string, string>> = {
  'httpd/enable_cors': 'true',
  'cors/origins': '*',
  'cors/credentials': 'true',
  'cors/methods': 'GET, PUT, POST, HEAD, DELETE',
  'cors/headers': 'accept, authorization, content-type, origin, referer',
};

/** A document as the server stores it. */
export type CouchDoc = { _id: string; _rev: string } & Record<string, unknown>;

export interface CouchServerOptions {
  /** The port tests reach it on; 0 or absent picks a free one. */
  port?: number;
}

const BIN = createRequire(import.meta.url).resolve('pouchdb-server/bin/pouchdb-server');
const STARTUP_TIMEOUT_MS = 60_000;
const POLL_MS = 100;

/** Every pouchdb-server this process started, killed on exit whatever else happens. */
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/**
 * Runs pouchdb-server's own command line, and exits the moment the process that started it is
 * gone (its end of stdin closes), so a test runner killed outright leaves nothing running.
 */
const WITH_PARENT = [
  "process.stdin.on('end', () => process.exit(0)).on('error', () => process.exit(0)).resume();",
  `process.argv.splice(1, 0, ${JSON.stringify(BIN)});`,
  `require(${JSON.stringify(BIN)});`,
].join(' ');

export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

export async function startCouchServer(options: CouchServerOptions = {}): Promise<CouchServer> {
  const server = new CouchServer(options.port ?? 0);
  await server.restart({ keepAccounts: false });
  return server;
}

export class CouchServer {
  private child: ChildProcess | null = null;
  private dir: string | null = null;
  private innerPort = 0;
  private stderr = '';
  private readonly switch: TcpSwitch;
  private readonly journals = new Map<string, { user: string; password: string }>();
  private publicPort: number;

  constructor(port: number) {
    this.publicPort = port;
    this.switch = new TcpSwitch(port, () => this.innerPort);
  }

  /** The port and origin tests (and pages) reach the server on. */
  get port(): number {
    return this.publicPort;
  }
  get origin(): string {
    return `http://127.0.0.1:${this.publicPort}`;
  }
  /** pouchdb-server is running (false after `stop()`, or if it crashed). */
  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }
  get reachable(): boolean {
    return this.switch.isOn;
  }

  /** Makes a database, an account, and that account the database's only member: its URL. */
  async createJournal(dbName: string, user: string, password: string): Promise<string> {
    const db = `/${encodeURIComponent(dbName)}`;
    await this.admin('PUT', db, undefined, [201]);
    await this.putUser(user, password);
    await this.admin('PUT', `${db}/_security`, { members: { names: [user], roles: [] } }, [200]);
    this.journals.set(dbName, { user, password });
    return `${this.origin}${db}`;
  }

  /** Every live document in the database (`_all_docs?include_docs=true`), as stored. */
  async allDocs(dbUrl: string): Promise<CouchDoc[]> {
    const body = (await this.admin('GET', `${this.pathOf(dbUrl)}/_all_docs?include_docs=true`)) as {
      rows: { doc: CouchDoc }[];
    };
    return body.rows.map((row) => row.doc);
  }

  /**
   * Writes documents as the server itself could (`_bulk_docs`, admin party): how a test plays a
   * tampered server, for example an older ciphertext written back as the newest revision. With
   * `newEdits: false` the documents keep exactly the `_rev` given, as replication writes them.
   */
  async bulkDocs(dbUrl: string, docs: object[], { newEdits = true } = {}): Promise<unknown[]> {
    const body = newEdits ? { docs } : { docs, new_edits: false };
    return (await this.admin('POST', `${this.pathOf(dbUrl)}/_bulk_docs`, body, [201])) as unknown[];
  }

  /**
   * The database deleted and made again, empty, with the same members: a server that lost its
   * data. Nothing is written as a deletion (tombstones would travel to devices as deletions).
   */
  async emptyDatabase(dbUrl: string): Promise<void> {
    const db = this.pathOf(dbUrl);
    const security = await this.admin('GET', `${db}/_security`);
    await this.admin('DELETE', db);
    await this.admin('PUT', db, undefined, [201]);
    await this.admin('PUT', `${db}/_security`, security, [200]);
  }

  /** Deletes the database and its account, for good (a restart does not bring them back). */
  async removeJournal(dbUrl: string): Promise<void> {
    const db = this.pathOf(dbUrl);
    const dbName = decodeURIComponent(db.slice(1));
    const journal = this.journals.get(dbName);
    this.journals.delete(dbName);
    await this.admin('DELETE', db, undefined, [200, 404]);
    if (!journal || [...this.journals.values()].some(({ user }) => user === journal.user)) return;
    const path = `/_users/${encodeURIComponent(`org.couchdb.user:${journal.user}`)}`;
    const { _rev } = (await this.admin('GET', path, undefined, [200, 404])) as { _rev?: string };
    if (_rev) await this.admin('DELETE', `${path}?rev=${_rev}`, undefined, [200]);
  }

  /** Refuses (false) or accepts (true) connections at `origin`; the data stays either way. */
  async setReachable(reachable: boolean): Promise<void> {
    if (reachable) this.publicPort = await this.switch.on();
    else await this.switch.off();
  }

  /** Kills pouchdb-server and frees the port; `restart()` brings a new, empty one back. */
  async stop(): Promise<void> {
    await this.switch.off();
    const child = this.child;
    this.child = null;
    if (child) await kill(child);
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
  }

  /**
   * Kills pouchdb-server (if running) and starts a new one behind the same address, reachable.
   * Everything it held is gone; see the top of this file for `keepAccounts`.
   */
  async restart({ keepAccounts = true }: { keepAccounts?: boolean } = {}): Promise<void> {
    await this.stop();
    this.dir = mkdtempSync(join(tmpdir(), 'couch-'));
    this.innerPort = await freePort();
    this.stderr = '';
    const args = ['--in-memory', '--host', '127.0.0.1', '--port', String(this.innerPort), '--no-stdout-logs'];
    const child = spawn(process.execPath, ['-e', WITH_PARENT, '--', ...args], {
      cwd: this.dir,
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    live.add(child);
    child.once('exit', () => live.delete(child));
    // A server a test forgot to stop does not hold the runner open; the exit hook still kills it.
    child.unref();
    for (const stream of [child.stdin, child.stderr]) (stream as { unref?: () => void } | null)?.unref?.();
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-4000);
    });
    this.child = child;
    try {
      await this.waitUntilAnswering();
      for (const [key, value] of Object.entries(CORS_CONFIG)) await this.admin('PUT', `/_config/${key}`, value, [200]);
      const journals = [...this.journals];
      this.journals.clear();
      if (keepAccounts) {
        for (const [dbName, { user, password }] of journals) await this.createJournal(dbName, user, password);
      }
      this.publicPort = await this.switch.on().catch((error: unknown) => {
        throw new Error(`Port ${this.publicPort} is taken (another test run?): ${String(error)}`);
      });
    } catch (error) {
      // Nothing half-started is left behind.
      await this.stop();
      throw error;
    }
  }

  private async waitUntilAnswering(): Promise<void> {
    const deadline = Date.now() + STARTUP_TIMEOUT_MS;
    for (;;) {
      if (!this.running) throw new Error(`pouchdb-server exited while starting:\n${this.stderr}`);
      try {
        const response = await fetch(`http://127.0.0.1:${this.innerPort}/`);
        if (response.ok && 'express-pouchdb' in ((await response.json()) as object)) return;
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) throw new Error(`pouchdb-server did not answer in time:\n${this.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  private async putUser(user: string, password: string): Promise<void> {
    const path = `/_users/${encodeURIComponent(`org.couchdb.user:${user}`)}`;
    const doc = { name: user, password, roles: [], type: 'user' };
    // An account that already exists (one user, two journals) keeps its revision history.
    const existing = (await this.admin('GET', path, undefined, [200, 404])) as { _rev?: string };
    await this.admin('PUT', path, existing._rev ? { ...doc, _rev: existing._rev } : doc, [201]);
  }

  /** The path of a database URL made by `createJournal`, whatever origin it was given with. */
  private pathOf(dbUrl: string): string {
    return new URL(dbUrl).pathname.replace(/\/$/, '');
  }

  /** A request straight to pouchdb-server, as the admin party; its JSON answer. */
  private async admin(method: string, path: string, body?: unknown, expected = [200]): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(`http://127.0.0.1:${this.innerPort}${path}`, {
        method,
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      const why = this.running ? String(error) : `pouchdb-server is not running:\n${this.stderr}`;
      throw new Error(`${method} ${path}: ${why}`);
    }
    const text = await response.text();
    if (!expected.includes(response.status)) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return JSON.parse(text) as unknown;
  }
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const stubborn = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(stubborn);
}
