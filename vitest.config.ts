import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { DATE_MATRIX, DEFAULT_MOMENT, type Moment } from './tests/helpers/moments';

/** Plain TypeScript with no DOM: quicker in Node, and proof that domain/ needs no browser. */
const DOMAIN = ['tests/unit/domain/**/*.test.ts'];

/** Node, against a real pouchdb-server (tools/couch-server.ts); no dates in it, so once. */
const SYNC_SERVER = ['tests/unit/sync-server/**/*.test.ts'];

/**
 * Beyond domain/, the tests whose results turn on the calendar: the day an entry belongs to,
 * plan dates, insights by month and year, search results dated where they were written. With
 * domain/ (day and month arithmetic, "on this day", imported times, reminders) they run again at
 * every moment of DATE_MATRIX (tests/helpers/moments.ts).
 */
const DATE_SENSITIVE_WITH_DOM = [
  'tests/unit/db/autosaver.test.ts',
  'tests/unit/db/entries-repository.test.ts',
  'tests/unit/db/runs-repository.test.ts',
  'tests/unit/features/use-now.test.ts',
  'tests/components/insights.test.tsx',
  'tests/components/search.test.tsx',
];

/** One project: its tests, at a moment, in Node or in jsdom. */
function project(name: string, moment: Moment, include: string[], environment: 'node' | 'jsdom') {
  return {
    // The root's plugins, `define` and aliases; its (empty) include and setup lists.
    extends: true as const,
    test: {
      name,
      include,
      exclude: environment === 'jsdom' ? [...DOMAIN, ...SYNC_SERVER] : [],
      environment,
      setupFiles: ['./tests/helpers/setup.ts', ...(environment === 'jsdom' ? ['./tests/helpers/setup-dom.ts'] : [])],
      env: { GOOD_ENOUGH_NOW: moment.now, TZ: moment.timeZone },
      restoreMocks: true,
      unstubGlobals: true,
      // domain/ is pure functions with no module state: one module graph per worker instead of
      // one per file (216 files at 12 moments spent most of their time importing).
      ...(include === DOMAIN ? { isolate: false } : {}),
      // Patience on a busy two-core machine; nothing here asserts speed.
      testTimeout: 30_000,
    },
  };
}

export default defineConfig({
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify('test') },
  resolve: {
    alias: {
      // The PWA plugin is not loaded in unit tests; its virtual module gets a quiet stand-in.
      'virtual:pwa-register': fileURLToPath(new URL('./tests/helpers/pwa-register-stub.ts', import.meta.url)),
    },
  },
  test: {
    // Projects extending the root add their lists to these (arrays are joined), so the root
    // names no tests of its own: each project runs exactly its own.
    include: [],
    setupFiles: [],
    // Every core: left to itself Vitest keeps one free, which on CI's two cores is half of them.
    maxWorkers: availableParallelism(),
    projects: [
      // Everything, at the ordinary pinned moment.
      project('domain', DEFAULT_MOMENT, DOMAIN, 'node'),
      project('sync-server', DEFAULT_MOMENT, SYNC_SERVER, 'node'),
      project('app', DEFAULT_MOMENT, ['tests/unit/**/*.test.{ts,tsx}', 'tests/components/**/*.test.{ts,tsx}'], 'jsdom'),
      // Again at each awkward moment. `--project app --project domain` leaves these out while working.
      ...DATE_MATRIX.flatMap((moment) => [
        project(`dates: ${moment.label}, domain`, moment, DOMAIN, 'node'),
        project(`dates: ${moment.label}`, moment, DATE_SENSITIVE_WITH_DOM, 'jsdom'),
      ]),
    ],
  },
});
