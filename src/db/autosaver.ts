import { isDataError } from '../domain/data-error';
import type { SaveState } from '../domain/save-state';
import { followLockUnderThisTab } from './lock-status';
import { closedSaver, openedSaver, saveSettled } from './unsaved-words';

/**
 * The longest typed words wait to be written, even while typing goes on: killing the tab
 * loses at most this much.
 */
export const SAVE_DELAY_MS = 500;
const RETRY_MS = 5_000;

export type NewRecordReason = 'created' | 'forked';
/**
 * Told when a save made a new record (first words, or a copy kept after a conflict). A screen
 * that follows it (moves to the record's address) returns a promise settled once it has.
 */
export type NewRecordHandler = (id: string, reason: NewRecordReason) => void | Promise<void>;

export interface AutosaverOptions<F> {
  /** The record's id (chosen up front for a new one). */
  id: string;
  /** The revision of the saved record, or null when it does not exist yet. */
  savedRev: number | null;
  /** `startedAt` is when the first change was made: an entry begun at 23:59 belongs to that day. */
  create: (id: string, fields: F, startedAt: Date) => Promise<{ rev: number }>;
  /** `evenIfTrashed`: see `SaveHow` in record-store.ts (Delete pressed in this form). */
  update: (id: string, fields: F, expectedRev: number, how: { evenIfTrashed: boolean }) => Promise<{ rev: number }>;
  /** A new record is created only by the first save that is not empty. */
  isEmpty: (fields: F) => boolean;
  /**
   * When another tab saved the same record meanwhile, keep both: these words become a new
   * record (a copy) and saving continues there. Without it, a conflict is reported.
   */
  forkOnConflict?: boolean;
  onNewRecord: NewRecordHandler;
  onState: (state: SaveState) => void;
}

/**
 * Saves a record as it is typed: at most half a second after a change, or at once on
 * `flush()` (page hidden, closed or left). Saves run one after another, each based on the
 * revision the previous one produced, so a stale tab never overwrites a newer save. After
 * other failures (e.g. a full disk) the words stay pending and saving tries again by itself.
 */
export class Autosaver<F> {
  private id: string;
  private rev: number | null;
  private pending: F | null = null;
  /** The words being written right now: not safe until that write ends well. */
  private writing: F | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<void> = Promise.resolve();
  private startedAt: Date | null = null;
  private deleting = false;

  constructor(private readonly options: AutosaverOptions<F>) {
    this.id = options.id;
    this.rev = options.savedRev;
  }

  /** The form is open: flush this one too when the journal locks. */
  register = (): void => openedSaver(this);

  /** The form closed: save what is pending. */
  close = (): Promise<void> => {
    const saved = this.flush();
    closedSaver(this, saved);
    return saved;
  };

  /** Words being written count as unsaved until the write succeeds: it may yet fail. */
  hasUnsavedWords = (): boolean => this.pending !== null || this.writing !== null;

  /**
   * Delete was pressed in this form: the record is about to move to the trash. Words still on
   * their way go into the trashed record with it (so Undo gives them back), never into a copy.
   */
  willDelete = (): void => {
    this.deleting = true;
  };

  /**
   * Timed from the first unsaved change, not the last: someone typing without a pause is
   * still saved every half second (a wait for a pause would lose a whole sentence to a crash).
   */
  change = (fields: F): void => {
    this.startedAt ??= new Date();
    this.pending = fields;
    if (this.timer === undefined) {
      // Honest at once: words waiting to be written are not "saved" yet.
      if (this.rev !== null || !this.options.isEmpty(fields)) this.options.onState({ status: 'saving' });
      this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
    }
  };

  flush = (): Promise<void> => {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.queue = this.queue.then(() => this.saveWhatIsPending());
    return this.queue;
  };

  private async saveWhatIsPending(): Promise<void> {
    if (this.pending === null) return;
    await this.saveOnce(this.pending);
  }

  private async saveOnce(fields: F): Promise<void> {
    this.pending = null;
    const { onState } = this.options;
    try {
      if (this.rev === null && this.options.isEmpty(fields)) return saveSettled(true);
      this.writing = fields;
      onState({ status: 'saving' });
      await this.write(fields);
      this.writing = null;
      // Words typed while this save was being written are still waiting for their own.
      onState({ status: this.pending === null ? 'saved' : 'saving' });
      saveSettled(true);
    } catch (error) {
      // Keep the words for the next try, unless newer changes have already replaced them.
      this.pending ??= fields;
      this.writing = null;
      const code = isDataError(error) ? error.code : 'unknown';
      onState({ status: 'error', code });
      if (code !== 'conflict') this.timer = setTimeout(() => void this.flush(), RETRY_MS);
      // Refused because the lock changed (in another tab, or a missed message): ask for the
      // passphrase now, over these words, and save them once the journal is open again.
      if (code === 'locked') void followLockUnderThisTab();
      saveSettled(false);
    }
  }

  private async write(fields: F): Promise<void> {
    const { create, update, forkOnConflict, onNewRecord } = this.options;
    if (this.rev === null) {
      this.rev = (await create(this.id, fields, this.startedAt ?? new Date())).rev;
      void onNewRecord(this.id, 'created');
      return;
    }
    const rev = this.rev;
    const save = () => update(this.id, fields, rev, { evenIfTrashed: this.deleting });
    try {
      this.rev = (await save()).rev;
    } catch (error) {
      if (!isDataError(error, 'conflict')) throw error;
      // A save under way when Delete was pressed meets the trashed record: once more, into the trash.
      const intoTrash = this.deleting ? await save().catch(() => null) : null;
      if (intoTrash) {
        this.rev = intoTrash.rev;
        return;
      }
      if (!forkOnConflict) throw error;
      const copyId = crypto.randomUUID();
      this.rev = (await create(copyId, fields, new Date())).rev;
      this.id = copyId;
      void onNewRecord(copyId, 'forked');
    }
  }
}
