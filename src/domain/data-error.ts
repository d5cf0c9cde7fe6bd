/**
 * Errors from the data layer carry a code; screens map codes to kind, plain words.
 * Messages never contain journal text.
 */
export type DataErrorCode =
  | 'not-found'
  | 'conflict'
  | 'storage-full'
  | 'storage-unavailable'
  /** The journal is locked (or its lock changed in another tab) and needs the passphrase. */
  | 'locked'
  | 'wrong-passphrase'
  /** Several wrong passphrases in a row: the next try must wait a little. */
  | 'wait'
  /** The passphrase lock is already on, or already off. */
  | 'lock-state'
  /** A sealed record whose check failed: changed on disk, or moved from another record. */
  | 'damaged'
  | 'unknown';

export class DataError extends Error {
  readonly code: DataErrorCode;

  constructor(code: DataErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    // Not 'DataError': Dexie has an error of that name and would re-wrap ours.
    this.name = 'JournalDataError';
    this.code = code;
  }
}

export function isDataError(error: unknown, code?: DataErrorCode): error is DataError {
  return error instanceof DataError && (code === undefined || error.code === code);
}
