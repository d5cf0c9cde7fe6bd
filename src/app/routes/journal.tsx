import { Link } from 'react-router';
import { RecentEntries } from '../../features/journal/components/recent-entries';
import { Page } from '../../ui/page';

export function JournalRoute() {
  return (
    <Page title="Journal">
      <p>
        <Link className="button" to="/journal/new">
          Write
        </Link>
      </p>
      <RecentEntries />
    </Page>
  );
}
