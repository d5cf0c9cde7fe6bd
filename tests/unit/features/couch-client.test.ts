import { afterEach, describe, expect, it, vi } from 'vitest';
import { CouchClient, isSyncError } from '../../../src/features/sync/couch-client';
import { SYNC_PROBLEM_TEXT } from '../../../src/domain/sync/sync-problems';

/**
 * How a server's answers become what the person is told. Answers a test server can't be made
 * to give (a full disk, a 403 from a real CouchDB) are played by a stand-in fetch; everything
 * else is tested against pouchdb-server in tests/unit/sync-server and tests/e2e/sync*.spec.ts.
 */
const client = () => new CouchClient('https://couch.example.org/journal', 'sam', 'secret words');

afterEach(() => vi.unstubAllGlobals());

describe('what a failed request is called', () => {
  it.each([
    [401, 'wrong-password'],
    [403, 'no-permission'],
    [404, 'no-database'],
    [413, 'server-full'],
    [507, 'server-full'],
    [500, 'server-error'],
    [503, 'server-error'],
  ])('HTTP %i is %s', async (status, problem) => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"error":"x"}', { status })),
    );
    const error = await client()
      .database()
      .catch((caught: unknown) => caught);
    expect(isSyncError(error)).toBe(true);
    expect((error as { problem: string }).problem).toBe(problem);
    expect(SYNC_PROBLEM_TEXT[problem as keyof typeof SYNC_PROBLEM_TEXT]).not.toContain('secret words');
  });

  it('tells a server that answers without CORS from one that cannot be reached', async () => {
    const blocked = vi.fn(async (_url: string, init?: RequestInit) => {
      if (init?.mode === 'no-cors') return new Response(null, { status: 200 });
      throw new TypeError('Failed to fetch');
    });
    vi.stubGlobal('fetch', blocked);
    const first = await client()
      .database()
      .catch((caught: unknown) => caught);
    expect((first as { problem: string }).problem).toBe('blocked-by-browser');

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    const second = await client()
      .database()
      .catch((caught: unknown) => caught);
    expect((second as { problem: string }).problem).toBe('unreachable');
  });

  it('signs in with Basic auth in a header, never in the address, and sends no cookie', async () => {
    const seen = vi.fn(async (_url: string, _init?: RequestInit) => new Response('{"doc_count":0}', { status: 200 }));
    vi.stubGlobal('fetch', seen);
    await client().database();
    const [url, init] = seen.mock.calls[0]!;
    expect(url).toBe('https://couch.example.org/journal');
    expect(init?.credentials).toBe('omit');
    expect((init?.headers as Record<string, string>).Authorization).toBe(
      `Basic ${Buffer.from('sam:secret words').toString('base64')}`,
    );
  });
});
