import { isDataError } from '../domain/data-error';
import type { SaveState } from '../domain/save-state';

/** How long after the last keystroke the words are written: killing the tab loses at most this. */
export const SAVE_DELAY_MS = 500;
const RETRY_MS = 5_000;

export interface AutosaverOptions<F> {
  /** The revision of the saved record, or null when it does not exist yet. */
  savedRev: number | null;
  create: (fields: F) => Promise<{ rev: number }>;
  update: (fields: F, expectedRev: number) => Promise<{ rev: number }>;
  /** A new record is created only by the first save that is not empty. */
  isEmpty: (fields: F) => boolean;
  onCreated: () => void;
  onState: (state: SaveState) => void;
}

/**
 * Saves a record as it is typed: half a second after the last change, or at once on
 * `flush()` (page hidden, closed or left). Saves run one after another, each based on the
 * revision the previous one produced, so a stale tab is told (`conflict`) instead of
 * overwriting. After other failures (e.g. a full disk) the words stay pending and saving
 * tries again by itself.
 */
export class Autosaver<F> {
  private rev: number | null;
  private pending: F | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly options: AutosaverOptions<F>) {
    this.rev = options.savedRev;
  }

  change = (fields: F): void => {
    this.pending = fields;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  };

  flush = (): Promise<void> => {
    clearTimeout(this.timer);
    this.queue = this.queue.then(() => this.saveWhatIsPending());
    return this.queue;
  };

  private async saveWhatIsPending(): Promise<void> {
    const fields = this.pending;
    if (fields === null) return;
    this.pending = null;
    const { create, update, isEmpty, onCreated, onState } = this.options;
    try {
      if (this.rev === null) {
        if (isEmpty(fields)) return;
        onState({ status: 'saving' });
        this.rev = (await create(fields)).rev;
        onCreated();
      } else {
        onState({ status: 'saving' });
        this.rev = (await update(fields, this.rev)).rev;
      }
      onState({ status: 'saved' });
    } catch (error) {
      // Keep the words for the next try, unless newer changes have already replaced them.
      this.pending ??= fields;
      const code = isDataError(error) ? error.code : 'unknown';
      onState({ status: 'error', code });
      if (code !== 'conflict') this.timer = setTimeout(() => void this.flush(), RETRY_MS);
    }
  }
}
