import { format } from 'date-fns';
import { Link, useNavigate, useParams } from 'react-router';
import { LowMoodOffer } from '../../features/care/components/low-mood-offer';
import { EntryEditor } from '../../features/journal/components/entry-editor';
import { WrittenAt } from '../../features/journal/components/written-at';
import { useTrashEntry } from '../../features/journal/hooks/use-entry-actions';
import { useEntryOnce } from '../../features/journal/hooks/use-entry-once';
import { dayToDate } from '../../domain/dates';
import { Page } from '../../ui/page';
import { NEW_RECORD_ID, paths } from '../../ui/paths';
import { useEditorSession } from './use-editor-session';

/**
 * `/journal/new` picks the new entry's id up front; once the first words are saved the
 * address becomes `/journal/<id>`. The editor stays put through that change (and through a
 * copy being made after a conflict): it is keyed by the entry it was opened for.
 */
export function EntryRoute() {
  const { entryId = NEW_RECORD_ID } = useParams();
  const navigate = useNavigate();
  const trash = useTrashEntry();
  const session = useEditorSession(entryId, paths.entry);
  const currentId = session.current;
  const loaded = useEntryOnce(session.openedAs, session.isNew);
  // After a conflict the words go on in a copy, dated when it was made: head the page with
  // the copy's day and time, not the original's. (No copy: nothing to read.)
  const copyId = currentId !== null && currentId !== session.openedAs ? currentId : null;
  const copy = useEntryOnce(copyId ?? session.openedAs, copyId === null);
  const shown = copy.loading || !copy.entry ? loaded : copy;

  if (!loaded.loading && !loaded.entry && !session.isNew) {
    return (
      <Page title="This entry isn't here">
        <p>It may have been moved to the trash, or the link may be old.</p>
        <p>
          <Link to={paths.journal()}>Go to your journal</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={shown.loading || !shown.entry ? 'New entry' : format(dayToDate(shown.entry.day), 'EEEE d MMMM yyyy')}>
      {loaded.loading ? null : (
        <>
          {!shown.loading && shown.entry ? <WrittenAt entry={shown.entry} /> : null}
          <EntryEditor
            key={session.openedAs}
            entryId={session.openedAs}
            entry={loaded.entry}
            onNewRecord={session.onNewRecord}
            lowMoodOffer={<LowMoodOffer />}
            onDelete={
              currentId
                ? () => {
                    void trash(currentId);
                    navigate(paths.journal());
                  }
                : null
            }
          />
        </>
      )}
      <p>
        <Link className="button button--quiet" to={paths.journal()}>
          Done
        </Link>
      </p>
    </Page>
  );
}

// The welcome ends in this editor, so it travels in the editor's chunk: loaded only for
// someone new (or at idle, with the editor), and writing is ready the moment it ends.
export { WelcomeRoute } from './welcome';
