import type { SyncProblem } from '../../domain/sync/sync-problems';

/**
 * The few calls sync makes to the person's CouchDB, all from Apache CouchDB 3's documented
 * HTTP API: the database itself, documents, `_bulk_docs`, `_all_docs` by keys, `_changes`
 * and `_local/` documents for this device's checkpoint. Every request signs in with Basic auth
 * and carries no cookie. Failures become a SyncError naming the problem, never the journal's words.
 */

export class SyncError extends Error {
  readonly problem: SyncProblem;
  constructor(problem: SyncProblem, options?: { cause?: unknown }) {
    super(`Sync stopped: ${problem}`, options);
    this.name = 'SyncError';
    this.problem = problem;
  }
}

export const isSyncError = (error: unknown, problem?: SyncProblem): error is SyncError =>
  error instanceof SyncError && (problem === undefined || error.problem === problem);

export interface ServerDoc {
  _id: string;
  _rev: string;
  _deleted?: boolean;
  [field: string]: unknown;
}

export interface Change {
  id: string;
  deleted?: boolean;
  /** The document's current revision (the winning leaf first). */
  changes: { rev: string }[];
  /** With `include_docs`: the document at that revision. */
  doc?: ServerDoc | null;
}

export interface BulkResult {
  id: string;
  rev?: string;
  ok?: boolean;
  error?: string;
}

/**
 * No request waits for ever: a server (or a proxy in front of it) that takes the connection and
 * never answers would otherwise leave sync "Syncing…" until the page is reloaded. Long enough
 * for a slow phone to send a batch; a long poll adds its own wait to this.
 */
export const REQUEST_TIMEOUT_MS = 60_000;

export class CouchClient {
  private readonly base: string;
  private readonly authorization: string;

  constructor(url: string, user: string, password: string) {
    this.base = url.replace(/\/+$/, '');
    const bytes = new TextEncoder().encode(`${user}:${password}`);
    this.authorization = `Basic ${btoa(String.fromCharCode(...bytes))}`;
  }

  /** The database as this account sees it; throws the plain problem if it can't. */
  async database(): Promise<{ doc_count: number }> {
    return (await this.request('GET', '', undefined, { missing: 'no-database' })) as { doc_count: number };
  }

  async getDoc(id: string): Promise<ServerDoc | null> {
    return (await this.request('GET', `/${encodeURIComponent(id)}`, undefined, { missing: null })) as ServerDoc | null;
  }

  /** null when the server already holds another revision (a conflict). */
  async putDoc(doc: object & { _id: string }): Promise<string | null> {
    const answer = await this.request('PUT', `/${encodeURIComponent(doc._id)}`, doc, { conflict: null });
    return answer === null ? null : (answer as { rev: string }).rev;
  }

  async bulkDocs(docs: object[]): Promise<BulkResult[]> {
    return (await this.request('POST', '/_bulk_docs', { docs })) as BulkResult[];
  }

  /** Documents by id; a deleted one comes back as its id and revision only. */
  async docsByIds(ids: string[]): Promise<{ docs: ServerDoc[]; deleted: { id: string; rev: string }[] }> {
    const answer = (await this.request('POST', '/_all_docs?include_docs=true', { keys: ids })) as {
      rows: { id?: string; value?: { rev: string; deleted?: boolean }; doc?: ServerDoc | null }[];
    };
    const docs: ServerDoc[] = [];
    const deleted: { id: string; rev: string }[] = [];
    for (const row of answer.rows) {
      if (row.doc) docs.push(row.doc);
      else if (row.id && row.value?.deleted) deleted.push({ id: row.id, rev: row.value.rev });
    }
    return { docs, deleted };
  }

  async allDocIds(): Promise<{ id: string; rev: string }[]> {
    const answer = (await this.request('GET', '/_all_docs')) as { rows: { id: string; value: { rev: string } }[] };
    return answer.rows.map((row) => ({ id: row.id, rev: row.value.rev }));
  }

  /** One page of the changes feed (ids and revisions); `wait` makes it a long poll that answers when something changes. */
  async changes(
    since: string | null,
    limit: number,
    wait?: { timeout: number; signal: AbortSignal },
    includeDocs = false,
  ): Promise<{ results: Change[]; last_seq: string }> {
    // Usually ids and revisions only, so documents this device already has (its own, read
    // back) are never downloaded; a device that has none yet asks for the documents at once.
    const params = new URLSearchParams({ limit: String(limit), since: since ?? '0' });
    if (includeDocs) params.set('include_docs', 'true');
    if (wait) {
      params.set('feed', 'longpoll');
      params.set('timeout', String(wait.timeout));
    }
    const answer = await this.request('GET', `/_changes?${params}`, undefined, {
      signal: wait?.signal,
      waitMs: wait?.timeout,
    });
    const { results, last_seq } = answer as { results: Change[]; last_seq: unknown };
    return { results, last_seq: typeof last_seq === 'string' ? last_seq : JSON.stringify(last_seq) };
  }

  /** A `_local` document: kept on this server only, never replicated onward (a checkpoint). */
  async putLocal(name: string, body: object): Promise<void> {
    const path = `/_local/${encodeURIComponent(name)}`;
    const current = (await this.request('GET', path, undefined, { missing: null })) as ServerDoc | null;
    await this.request('PUT', path, { ...body, ...(current ? { _rev: current._rev } : {}) }, { conflict: null });
  }

  private async request(
    method: string,
    path: string,
    body?: unknown,
    how: { missing?: SyncProblem | null; conflict?: null; signal?: AbortSignal; waitMs?: number } = {},
  ): Promise<unknown> {
    let response: Response;
    const waitMs = REQUEST_TIMEOUT_MS + (how.waitMs ?? 0);
    const timeout = AbortSignal.timeout(waitMs);
    const signal = how.signal ? eitherSignal(how.signal, timeout) : timeout;
    try {
      response = await fetch(`${this.base}${path}`, {
        method,
        headers: {
          Accept: 'application/json',
          Authorization: this.authorization,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
        signal,
      });
    } catch (error) {
      if (how.signal?.aborted) throw error;
      if (timeout.aborted) throw new SyncError('unreachable', { cause: error });
      throw new SyncError(await whyUnreachable(this.base), { cause: error });
    }
    if (response.ok) return response.json();
    if (response.status === 404 && 'missing' in how) {
      if (how.missing === null) return null;
      throw new SyncError(how.missing!);
    }
    if (response.status === 409 && 'conflict' in how) return null;
    throw new SyncError(problemOf(response.status));
  }
}

/** AbortSignal.any, which Safari has only since 17.4. */
function eitherSignal(a: AbortSignal, b: AbortSignal): AbortSignal {
  const controller = new AbortController();
  for (const signal of [a, b]) {
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}

function problemOf(status: number): SyncProblem {
  if (status === 401) return 'wrong-password';
  if (status === 403) return 'no-permission';
  if (status === 404) return 'no-database';
  if (status === 413 || status === 507) return 'server-full';
  return 'server-error';
}

/**
 * A request failed without an answer. Offline is the common case. Otherwise, a request that
 * needs no CORS (whose reply the page can't read) tells a server that answers but isn't set up
 * to let this page read it apart from a server that can't be reached at all.
 */
async function whyUnreachable(base: string): Promise<SyncProblem> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
  try {
    await fetch(base, { mode: 'no-cors', credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' });
    return 'blocked-by-browser';
  } catch {
    return 'unreachable';
  }
}
