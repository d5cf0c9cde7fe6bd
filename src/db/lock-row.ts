import type { WrappedKey } from '../crypto/keys';
import { DataError } from '../domain/data-error';
import { sealKeyOf, type SealedPayload } from './sealing';

/**
 * The one row that says whether the journal has a passphrase. It holds no secret: salts,
 * iteration counts and data keys wrapped under passphrase-derived keys (unwrapping one is
 * how a passphrase is checked). Normally there is one passphrase slot and one data key;
 * while a passphrase is changed there are two of each, and both slots open both keys, so a
 * tab closed half-way leaves a journal that either passphrase opens in full.
 */
export interface PassphraseSlot {
  id: string;
  salt: Uint8Array<ArrayBuffer>;
  iterations: number;
  /** Data keys by id, each wrapped under this slot's passphrase. */
  wrapped: Record<string, WrappedKey>;
}

export interface LockRow {
  id: 'lock';
  slots: PassphraseSlot[];
  /** Every data key a record may be sealed with right now. */
  keyIds: string[];
  /**
   * Unfinished work, resumed after every unlock: seal every record with `keyId` (null: open
   * them all, the lock is being removed), then keep only `keepSlotId`.
   */
  pending: { keyId: string | null; keepSlotId: string | null } | null;
  failedTries: number;
  lastFailedAt: number | null;
  updatedAt: number;
}

export const LOCK_ROW_ID = 'lock';

/** The key new records are sealed with under this row. */
export function writeKeyOf(row: LockRow): string | null {
  return row.pending ? row.pending.keyId : (row.keyIds[0] ?? null);
}

/**
 * Checked inside every write transaction, against the row on disk: a tab that missed a lock
 * change (made in another tab) is refused rather than allowed to write a record nobody could
 * open later, or plain text into a locked journal.
 */
export function assertWritable(row: LockRow | undefined, stored: { sealed?: SealedPayload }): void {
  const keyId = sealKeyOf(stored);
  const allowed = !row ? keyId === null : keyId === null ? plainStillAllowed(row) : row.keyIds.includes(keyId);
  if (!allowed) throw new DataError('locked', 'The journal lock changed; unlock again to save');
}

/**
 * A plain record may still be written while the lock is being turned on (the unfinished work
 * seals it before it ends) or removed; never while a passphrase is being changed.
 */
function plainStillAllowed(row: LockRow): boolean {
  if (!row.pending) return false;
  const removing = row.pending.keyId === null;
  const turningOn = row.keyIds.length === 1 && row.keyIds[0] === row.pending.keyId;
  return removing || turningOn;
}

/** After several wrong passphrases in a row, each further try waits longer: 5 s, 10 s, 20 s... up to 5 min. */
export function waitBeforeNextTry(row: Pick<LockRow, 'failedTries' | 'lastFailedAt'>, now: number): number {
  if (row.failedTries < 3 || row.lastFailedAt === null) return 0;
  const wait = Math.min(5_000 * 2 ** (row.failedTries - 3), 300_000);
  // Capped at `wait`: a clock set back must not turn a short wait into days.
  return Math.min(wait, Math.max(0, row.lastFailedAt + wait - now));
}
