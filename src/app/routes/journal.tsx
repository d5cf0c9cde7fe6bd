import { RecentEntries } from '../../features/journal/components/recent-entries';
import { Page } from '../../ui/page';

export function JournalRoute() {
  return (
    <Page title="Journal">
      <RecentEntries />
    </Page>
  );
}
