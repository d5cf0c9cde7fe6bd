/**
 * Errors from the data layer carry a code; screens map codes to kind, plain words.
 * Messages never contain journal text.
 */
export type DataErrorCode = 'not-found' | 'conflict' | 'storage-full' | 'storage-unavailable' | 'unknown';

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
