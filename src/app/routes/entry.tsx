import { format } from 'date-fns';
import { useCallback, useMemo } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { EntryEditor } from '../../features/journal/components/entry-editor';
import { useEntryOnce } from '../../features/journal/hooks/use-entry-once';
import { Page } from '../../ui/page';

/**
 * `/journal/new` picks the new entry's id up front; once the first words are saved the
 * address becomes `/journal/<id>` (same route, so the editor and its cursor stay put).
 */
export function EntryRoute() {
  const { entryId = 'new' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  // A fresh id each time someone opens "new".
  // eslint-disable-next-line react-hooks/exhaustive-deps -- location.key is the point: one id per visit
  const freshId = useMemo(() => crypto.randomUUID(), [location.key]);
  const id = entryId === 'new' ? freshId : entryId;
  const loaded = useEntryOnce(id, entryId === 'new');
  const onCreated = useCallback(() => navigate(`/journal/${id}`, { replace: true }), [navigate, id]);

  const title = loaded.loading || !loaded.entry ? 'New entry' : format(loaded.entry.createdAt, 'EEEE d MMMM yyyy');
  return (
    <Page title={title}>
      {loaded.loading ? null : <EntryEditor key={id} entryId={id} entry={loaded.entry} onCreated={onCreated} />}
      <p>
        <Link className="button button--quiet" to="/journal">
          Done
        </Link>
      </p>
    </Page>
  );
}
