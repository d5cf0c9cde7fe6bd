import { useEffect, useState } from 'react';
import { useReadOnce } from '../../../db/read-once';
import { isWelcomeDue, markWelcomeSeen, welcomeKnownNotDue } from '../../../db/settings-repository';

/**
 * Whether to greet someone new on Today: `undefined` while asking IndexedDB (a few
 * milliseconds, once a session). If storage can't be read, nobody is greeted: the app says
 * what is wrong with storage elsewhere, and a welcome would only stand in the way.
 */
export function useWelcomeDue(): boolean | undefined {
  // Known when Today opens, or not: marking it seen below must not hide a welcome on screen.
  const [knownNotDue] = useState(welcomeKnownNotDue);
  const asked = useReadOnce(() => (knownNotDue ? Promise.resolve(false) : isWelcomeDue().catch(() => false)));
  const due = knownNotDue ? false : asked;
  // Shown once: remembered as soon as it appears, whether it is then finished or skipped.
  useEffect(() => {
    if (due) void markWelcomeSeen().catch(() => {});
  }, [due]);
  return due;
}
