import type { Table, Transaction } from 'dexie';
import { draftAsEntry, draftEntryShell } from '../domain/backup/draft-entry';
import { currentTimeZone } from '../domain/dates';
import type { Draft } from '../domain/records';
import type { SealedPayload, StoredEntry } from './sealing';

/** A row of the drafts table as it was stored: plain, or sealed under the privacy lock. */
type StoredDraftRow = Draft | { key: string; baseRev: number | null; updatedAt: number; sealed: SealedPayload };

/**
 * Schema version 4's upgrade: every draft becomes a free entry (draft-entry.ts), then Dexie
 * deletes the drafts table, after this runs, in the same transaction: either every draft is
 * an entry and the table is gone, or (a tab closed half-way, a full disk) nothing changed and
 * the next opening tries again. Only IndexedDB is awaited here; anything else would let the
 * transaction commit early.
 *
 * A sealed draft can't be opened here (no key exists during an upgrade): its entry keeps the
 * draft's seal as it is, with `sealedAs` naming what the seal is bound to, and the entry's
 * readable fields beside it. sealing.ts opens such an entry; its next write (an edit, or a
 * passphrase change or removal moving every record) seals it as an ordinary entry.
 *
 * An entry that already has the draft's id is left as it is: it can only be this draft's.
 */
export async function draftsIntoEntries(tx: Transaction): Promise<void> {
  const timeZone = currentTimeZone();
  const now = Date.now();
  const entries = tx.table('entries') as Table<StoredEntry, string>;
  const drafts = (await tx.table('drafts').toArray()) as StoredDraftRow[];
  for (const draft of drafts) {
    const entry =
      'sealed' in draft && draft.sealed ? sealedEntryOf(draft, timeZone, now) : plainEntryOf(draft, timeZone, now);
    if (entry && (await entries.get(entry.id)) === undefined) await entries.add(entry);
  }
}

function plainEntryOf(draft: StoredDraftRow, timeZone: string, now: number): StoredEntry | null {
  return draftAsEntry(draft as Draft, timeZone, now);
}

function sealedEntryOf(
  draft: Extract<StoredDraftRow, { sealed: SealedPayload }>,
  timeZone: string,
  now: number,
): StoredEntry {
  // The draft's seal was bound to `good-enough:drafts:<key>` (its table and key).
  const key = String(draft.key);
  return { ...draftEntryShell(key, draft.updatedAt, timeZone, now), sealed: draft.sealed, sealedAs: `drafts:${key}` };
}
