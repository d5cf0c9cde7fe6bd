import type { DataErrorCode } from './data-error';

/** Where the words on screen stand: not yet written, being written, safe, or not saved (and why). */
export type SaveState = { status: 'idle' | 'saving' | 'saved' } | { status: 'error'; code: DataErrorCode };
