import { lazy, Suspense, useEffect } from 'react';
import { Link } from 'react-router';
import { BackupNudge } from '../../features/backup/components/backup-nudge';
import { WaitingRuns } from '../../features/experiments/components/waiting-runs';
import { useTriedExperimentIds } from '../../features/experiments/hooks/use-runs';
import { PacksReady } from '../../features/packs/components/packs-ready';
import { greetingFor, TodayDate } from '../../features/today/components/greeting';
import { StartWhereYouAre } from '../../features/today/components/start-where-you-are';
import { useNow } from '../../features/today/hooks/use-now';
import { useWelcomeDue } from '../../features/welcome/hooks/use-welcome-due';
import { Page } from '../../ui/page';
import { paths } from '../../ui/paths';
import { rememberTodayForFirstPaint } from '../first-screen-hint';

// Most visits are not the first: the welcome's code loads only for someone new.
const WelcomeRoute = lazy(async () => ({ default: (await import('./entry')).WelcomeRoute }));

/**
 * Someone new meets the welcome here, on `/` only: a deep link opened on a first visit goes
 * straight where it points. Never while locked: the lock gate shows nothing of the app then.
 */
export function TodayRoute() {
  const welcomeDue = useWelcomeDue();
  // Decided either way: the welcome is shown once only, so `/` opens on Today from now on.
  useEffect(() => {
    if (welcomeDue !== undefined) rememberTodayForFirstPaint();
  }, [welcomeDue]);
  if (welcomeDue === undefined) return null;
  if (welcomeDue) {
    return (
      <Suspense fallback={null}>
        <WelcomeRoute />
      </Suspense>
    );
  }
  return <Today />;
}

function Today() {
  // Not `new Date()`: an app left open overnight must not keep showing yesterday.
  const now = useNow();
  const tried = useTriedExperimentIds();
  return (
    <Page title={greetingFor(now)}>
      <TodayDate now={now} />
      <p>
        <Link className="button" to={paths.newEntry()}>
          Write
        </Link>
      </p>
      <BackupNudge />
      <WaitingRuns now={now} />
      <PacksReady>
        {(packs) => (packs[0] ? <StartWhereYouAre pack={packs[0]} now={now} tried={tried} /> : null)}
      </PacksReady>
    </Page>
  );
}
