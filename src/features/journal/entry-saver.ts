import { createEntry, updateEntry } from '../../db/entries-repository';
import { type DataErrorCode, isDataError } from '../../domain/data-error';

export interface EntryFields {
  title: string;
  text: string;
}

export type SaveState = { status: 'idle' | 'saving' | 'saved' } | { status: 'error'; code: DataErrorCode };

/** How long after the last keystroke the text is written: killing the tab loses at most this. */
export const SAVE_DELAY_MS = 500;
const RETRY_MS = 5_000;

/**
 * Saves one entry as it is typed: half a second after the last keystroke, or at once on
 * `flush()` (the page is hidden, closed or left). Saves run one after another, each based on
 * the revision the previous one produced, so a stale tab is told instead of overwriting.
 * The entry is created by the first save that has any words in it.
 */
export class EntrySaver {
  private rev: number | null;
  private pending: EntryFields | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly entryId: string,
    savedRev: number | null,
    private readonly onCreated: () => void,
    private readonly onState: (state: SaveState) => void,
  ) {
    this.rev = savedRev;
  }

  change = (fields: EntryFields): void => {
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
    if (!fields) return;
    this.pending = null;
    try {
      if (this.rev === null) {
        if (!fields.text.trim() && !fields.title.trim()) return;
        this.onState({ status: 'saving' });
        this.rev = (await createEntry({ id: this.entryId, ...fields })).rev;
        this.onCreated();
      } else {
        this.onState({ status: 'saving' });
        this.rev = (await updateEntry(this.entryId, fields, this.rev)).rev;
      }
      this.onState({ status: 'saved' });
    } catch (error) {
      // Keep the words for the next try, unless newer typing has already replaced them.
      this.pending ??= fields;
      const code = isDataError(error) ? error.code : 'unknown';
      this.onState({ status: 'error', code });
      if (code !== 'conflict') this.timer = setTimeout(() => void this.flush(), RETRY_MS);
    }
  }
}
