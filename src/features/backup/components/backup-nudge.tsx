import { useState } from 'react';
import { Link } from 'react-router';
import { Notice } from '../../../ui/notice';
import { paths } from '../../../ui/paths';
import { useBackupSuggestion } from '../hooks/use-backup-suggestion';

/** A quiet word on Today, now and then, that a backup would keep recent writing safe. */
export function BackupNudge() {
  const [now] = useState(() => Date.now());
  const { show, notNow, turnOff } = useBackupSuggestion(now);
  if (!show) return null;
  return (
    <Notice title="A backup would keep your recent writing safe">
      <p>It's been a while since the last one. It takes a moment, whenever suits you.</p>
      <p className="actions">
        <Link className="button" to={paths.settings()}>
          Make a backup
        </Link>
        <button type="button" className="button button--quiet" onClick={notNow}>
          Not now
        </button>
        <button type="button" className="button button--quiet" onClick={turnOff}>
          Don't suggest this
        </button>
      </p>
    </Notice>
  );
}
