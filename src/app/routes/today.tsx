import { Link } from 'react-router';
import { BackupNudge } from '../../features/backup/components/backup-nudge';
import { WaitingRuns } from '../../features/experiments/components/waiting-runs';
import { PacksReady } from '../../features/packs/components/packs-ready';
import { greetingFor, TodayDate } from '../../features/today/components/greeting';
import { StartWhereYouAre } from '../../features/today/components/start-where-you-are';
import { useNow } from '../../features/today/hooks/use-now';
import { Page } from '../../ui/page';

export function TodayRoute() {
  // Not `new Date()`: an app left open overnight must not keep showing yesterday.
  const now = useNow();
  return (
    <Page title={greetingFor(now)}>
      <TodayDate now={now} />
      <p>
        <Link className="button" to="/journal/new">
          Write
        </Link>
      </p>
      <BackupNudge />
      <WaitingRuns now={now} />
      <PacksReady>{(packs) => (packs[0] ? <StartWhereYouAre pack={packs[0]} now={now} /> : null)}</PacksReady>
    </Page>
  );
}
