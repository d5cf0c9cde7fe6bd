import { afterEach, beforeEach } from 'vitest';
import { openJournalDatabase, setDatabaseForTests } from '../../src/db/database';

/** Gives every test its own empty IndexedDB database (fake-indexeddb, the real Dexie). */
export function withFreshDatabase() {
  beforeEach(() => {
    setDatabaseForTests(openJournalDatabase(`test-${crypto.randomUUID()}`));
  });
  afterEach(() => {
    setDatabaseForTests(null);
  });
}
