/**
 * Everything that can stop sync, by code, and what the person is told. Plain words, what to
 * do next, and never a word of the journal.
 */
export type SyncProblem =
  | 'offline'
  | 'unreachable'
  | 'blocked-by-browser'
  | 'no-database'
  | 'wrong-password'
  | 'no-permission'
  | 'wrong-passphrase'
  | 'server-full'
  | 'not-a-journal'
  | 'bad-address'
  | 'server-error';

export const SYNC_PROBLEM_TEXT: Record<SyncProblem, string> = {
  offline: 'Waiting for a connection. Everything you write is kept on this device meanwhile.',
  unreachable: "Can't reach your server. Check the address, and that the server is running.",
  'blocked-by-browser':
    'Your server answered, but the browser blocked the reply: turn on CORS on the server for this address (docs/SYNC.md shows how).',
  'no-database': 'There is no database at that address. Create it on your server first (docs/SYNC.md shows how).',
  'wrong-password': 'The server did not accept that user name and password.',
  'no-permission': 'That account may not use this database. Add it as a member of the database on your server.',
  'wrong-passphrase': "That sync passphrase doesn't open the journal on this server. Nothing was changed.",
  'server-full': 'Your server is full, so nothing more can be sent to it. Everything stays on this device.',
  'not-a-journal': 'That database holds something other than a Good Enough journal. Use an empty database of its own.',
  'bad-address':
    'That address does not look right. It starts with https:// (or http:// on this device itself) and ends with the database name.',
  'server-error': 'Your server had a problem. Sync will try again a little later.',
};

/** Problems that go away by themselves (sync tries again); the others wait for the person. */
export const PASSING_PROBLEMS = new Set<SyncProblem>(['offline', 'unreachable', 'server-error', 'server-full']);

/** Only https, or plain http to this very device (a server run on the same machine). */
export function checkServerAddress(text: string): URL | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  // The same two the Content Security Policy lets through (scripts/csp-plugin.ts).
  const loopback = ['127.0.0.1', 'localhost'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) return null;
  if (url.username || url.password || url.search || url.hash) return null;
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '' || path.split('/').length < 2) return null;
  url.pathname = path;
  return url;
}

/** "Synced just now", "Synced 2 minutes ago", "Synced at 14:05 on 3 December". */
export function syncedAgo(at: number, now: number, timeZone?: string): string {
  const seconds = Math.max(0, Math.round((now - at) / 1000));
  if (seconds < 45) return 'Synced just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `Synced ${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `Synced ${hours} hour${hours === 1 ? '' : 's'} ago`;
  const when = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone }).format(at);
  return `Last synced on ${when}`;
}
