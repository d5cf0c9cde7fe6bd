import { useEffect, useState } from 'react';
import { isWelcomeDue, markWelcomeSeen, welcomeKnownNotDue } from '../../../db/settings-repository';

/**
 * Whether to greet someone new on Today: `undefined` while asking IndexedDB (a few
 * milliseconds, once a session). If storage can't be read, nobody is greeted: the app says
 * what is wrong with storage elsewhere, and a welcome would only stand in the way.
 */
export function useWelcomeDue(): boolean | undefined {
  const [due, setDue] = useState<boolean | undefined>(() => (welcomeKnownNotDue() ? false : undefined));
  useEffect(() => {
    if (welcomeKnownNotDue()) return;
    let current = true;
    isWelcomeDue()
      .catch(() => false)
      .then((answer) => {
        if (current) setDue(answer);
      });
    return () => {
      current = false;
    };
  }, []);
  // Shown once: remembered as soon as it appears, whether it is then finished or skipped.
  useEffect(() => {
    if (due) void markWelcomeSeen().catch(() => {});
  }, [due]);
  return due;
}
