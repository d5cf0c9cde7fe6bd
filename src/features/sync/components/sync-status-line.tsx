import { type ReactNode, useEffect, useState } from 'react';
import { SYNC_PROBLEM_TEXT, syncedAgo } from '../../../domain/sync/sync-problems';
import { clearSyncNotes, type SyncNotes } from '../../../db/sync-store';
import { useSyncStatus } from '../sync-runner';

/** "Synced 2 minutes ago", "Waiting for a connection", or what stopped it; read out when it changes. */
export function SyncStatusLine({ notes }: { notes: SyncNotes }) {
  const status = useSyncStatus();
  const now = useMinuteClock();
  let text: ReactNode;
  if (status.phase === 'syncing') text = 'Syncing…';
  else if (status.phase === 'locked') text = 'Sync waits until you unlock your journal.';
  else if (status.phase === 'sign-in') text = 'Sync needs your password and sync passphrase once more.';
  else if (status.phase === 'problem' && status.problem) text = SYNC_PROBLEM_TEXT[status.problem];
  else if (status.lastSyncedAt !== null)
    // The exact moment rides along, for anyone (or anything) that needs more than "just now".
    text = (
      <>
        <time dateTime={new Date(status.lastSyncedAt).toISOString()}>{syncedAgo(status.lastSyncedAt, now)}</time>.
      </>
    );
  else text = 'Not synced yet.';
  return (
    <div className="stack">
      <p role="status" data-testid="sync-status">
        {text}
      </p>
      {notes.keptBoth > 0 ? (
        <p className="quiet">
          {notes.keptBoth === 1
            ? 'One entry was changed on two devices before they synced. Both versions are kept, side by side in your journal.'
            : `${notes.keptBoth} entries or runs were changed on two devices before they synced. Both versions of each are kept, side by side in your journal.`}
        </p>
      ) : null}
      {notes.rollbacks > 0 ? (
        <p className="quiet">
          Your server sent back an older copy of something this device has a newer version of. This device kept the
          newer one and sent it again.
        </p>
      ) : null}
      {notes.refused > 0 ? (
        <p className="quiet">
          Some records on your server could not be opened with your sync passphrase, so they were left there unchanged.
        </p>
      ) : null}
      {notes.keptBoth + notes.rollbacks + notes.refused > 0 ? (
        <p className="actions">
          <button type="button" className="button button--quiet" onClick={() => void clearSyncNotes()}>
            OK, I&apos;ve read this
          </button>
        </p>
      ) : null}
    </div>
  );
}

function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
