import type { Dexie } from 'dexie';
import { draftsIntoEntries } from './drafts-upgrade';

/**
 * Every schema version the journal has ever had, oldest first. Versions are only ever
 * added, never edited: a phone may still hold a database from any of them. See README.md
 * in this folder for how to add one.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /** Runs once, inside the upgrade transaction, when a database is raised to this version. */
  upgrade?: Parameters<ReturnType<Dexie['version']>['upgrade']>[0];
}

const SHIPPED_SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // Indexed fields only; every other field is stored but not indexed.
      entries: 'id, day, createdAt, updatedAt, questionId, kind, *tags',
      runs: 'id, day, createdAt, updatedAt, experimentId, status, planWhen',
      drafts: 'key, updatedAt',
      settings: 'key',
    },
  },
  {
    // The privacy lock: one row holding salts, iteration counts and wrapped keys, never a key
    // or a passphrase. Records themselves keep their shape; a sealed one carries `sealed`.
    version: 2,
    stores: { lock: 'id' },
  },
  {
    // Sync with the person's own server: one row of settings and secrets for this device, and
    // one mark per record saying where this device and the server last agreed (sync-store.ts).
    // Neither is ever in a backup: they describe this device's link, not the journal.
    version: 3,
    stores: { syncConfig: 'id', syncMarks: 'key, documentId' },
  },
  {
    // Drafts go: no screen of any version ever wrote one, so the only drafts are those that
    // came in with a backup file. Each becomes a free entry before the table is deleted (Dexie
    // deletes a table set to null after this version's upgrade, in the same transaction).
    version: 4,
    stores: { drafts: null },
    upgrade: draftsIntoEntries,
  },
];

/**
 * Tests need a build whose database is newer than the one before it (a tab of each, open side
 * by side). `npm run build:next` makes one: only there (`__TEST_SCHEMA_VERSION__`, set by
 * vite.config.ts) comes one more version that changes nothing. It is never shipped, and a real
 * next version takes its number: the test build then simply goes one further.
 */
const TEST_ONLY_VERSION: SchemaVersion = { version: SHIPPED_SCHEMA_VERSIONS.at(-1)!.version + 1, stores: {} };

export const SCHEMA_VERSIONS: SchemaVersion[] =
  typeof __TEST_SCHEMA_VERSION__ !== 'undefined' && __TEST_SCHEMA_VERSION__
    ? [...SHIPPED_SCHEMA_VERSIONS, TEST_ONLY_VERSION]
    : SHIPPED_SCHEMA_VERSIONS;

export function applySchema(db: Dexie, versions: SchemaVersion[]): void {
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}
