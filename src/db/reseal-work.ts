import { type DataErrorCode, isDataError } from '../domain/data-error';
import { database, letGoOfTheJournal } from './database';
import { guard } from './guard';
import { adoptLentKeys, type LentKeys } from './lent-keys';
import { reseal, type ResealProgress } from './reseal';

/** How re-sealing ended: finished (or not, when other saves kept it going round), or the error's code. */
export type ResealOutcome = { done: boolean } | { failed: DataErrorCode };

/**
 * The lock's re-encryption as its worker runs it (reseal.worker.ts): the same `reseal`, with
 * the same transactions, so every step keeps the lock row's promise (either passphrase opens
 * everything until the last one). Reading, opening, sealing and writing ten thousand records
 * there never holds up a tap on the page. Its error comes back as a code: a thrown DataError
 * would lose its code on the way. It closes its connection as soon as the work ends, and its
 * page ends it only once `letGo` has answered (see letGoOfTheJournal).
 */
export const resealWork = {
  async run(lent: LentKeys, onProgress: ResealProgress): Promise<ResealOutcome> {
    adoptLentKeys(lent);
    try {
      return { done: await guard('finish changing the lock', () => reseal(onProgress)) };
    } catch (error) {
      return { failed: isDataError(error) ? error.code : 'unknown' };
    } finally {
      database().close();
    }
  },
  letGo: letGoOfTheJournal,
};

export type ResealWork = typeof resealWork;
