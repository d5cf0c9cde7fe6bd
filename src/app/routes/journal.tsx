import { format, isValid, parseISO } from 'date-fns';
import { Link, useParams } from 'react-router';
import { DayList } from '../../features/history/components/day-list';
import { MonthCalendar } from '../../features/history/components/month-calendar';
import { OnThisDay } from '../../features/history/components/on-this-day';
import { PrintView } from '../../features/history/components/print-view';
import { Timeline } from '../../features/history/components/timeline';
import { TrashList } from '../../features/journal/components/trash-list';
import { SearchPanel } from '../../features/search/components/search-panel';
import { Page } from '../../ui/page';
import { paths } from '../../ui/paths';
import { NotFoundRoute } from './not-found';

export function JournalRoute() {
  const now = new Date();
  return (
    <Page title="Journal">
      <p className="actions">
        <Link className="button" to={paths.newEntry()}>
          Write
        </Link>
        <Link className="button button--quiet" to={paths.search()}>
          Search
        </Link>
        <Link className="button button--quiet" to={paths.calendar()}>
          Calendar
        </Link>
        <Link className="button button--quiet" to={paths.insights()}>
          Insights
        </Link>
        <Link className="button button--quiet" to={paths.print()}>
          Print
        </Link>
        <Link className="button button--quiet" to={paths.trash()}>
          Trash
        </Link>
      </p>
      <OnThisDay now={now} />
      <h2 className="visually-hidden">Everything, newest first</h2>
      <Timeline />
    </Page>
  );
}

export function TrashRoute() {
  return (
    <Page title="Trash">
      <TrashList />
      <p>
        <Link to={paths.journal()}>Back to your journal</Link>
      </p>
    </Page>
  );
}

export function SearchRoute() {
  return (
    <Page title="Search">
      <SearchPanel />
    </Page>
  );
}

export function CalendarRoute() {
  return (
    <Page title="Calendar">
      <MonthCalendar today={new Date()} />
    </Page>
  );
}

export function DayRoute() {
  const { day = '' } = useParams();
  const date = parseISO(day);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !isValid(date)) return <NotFoundRoute />;
  return (
    <Page title={format(date, 'EEEE d MMMM yyyy')} eyebrow="A day in your journal">
      <DayList day={day} />
      <p>
        <Link to={paths.calendar()}>Back to the calendar</Link>
      </p>
    </Page>
  );
}

export function PrintRoute() {
  return (
    <Page title="Print">
      <PrintView />
    </Page>
  );
}
