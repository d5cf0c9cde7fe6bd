import { afterEach, beforeEach } from 'vitest';
import { openJournalDatabase, databaseInUse } from '../../src/db/database';

/** Gives every test its own empty IndexedDB database (fake-indexeddb, the real Dexie). */
export function withFreshDatabase() {
  beforeEach(() => {
    databaseInUse.setState({ db: openJournalDatabase(`test-${crypto.randomUUID()}`) });
  });
  afterEach(() => {
    databaseInUse.setState({ db: null });
  });
}
