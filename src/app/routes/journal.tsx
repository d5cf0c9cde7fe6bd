import { Link } from 'react-router';
import { RecentEntries } from '../../features/journal/components/recent-entries';
import { TrashList } from '../../features/journal/components/trash-list';
import { Page } from '../../ui/page';

export function JournalRoute() {
  return (
    <Page title="Journal">
      <p className="actions">
        <Link className="button" to="/journal/new">
          Write
        </Link>
        <Link className="button button--quiet" to="/journal/trash">
          Trash
        </Link>
      </p>
      <RecentEntries />
    </Page>
  );
}

export function TrashRoute() {
  return (
    <Page title="Trash">
      <TrashList />
      <p>
        <Link to="/journal">Back to your journal</Link>
      </p>
    </Page>
  );
}
