import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { NEW_RECORD_ID } from '../../ui/paths';

interface EditorSession {
  /** The record the editor was opened for (chosen up front for a new one). */
  openedAs: string;
  isNew: boolean;
  /** Every record this visit wrote to: the one opened, then any copy kept after a conflict. */
  ids: string[];
  /** The record saving goes to now, or null while a new one has nothing saved yet. */
  current: string | null;
}

/**
 * One visit to an editor whose address holds the record id ('new' for a new one). The address
 * follows the record being saved (its first words, or a copy made after a conflict) while the
 * editor stays put: key it by `openedAs`.
 */
export function useEditorSession(routeId: string, pathOf: (id: string) => string) {
  const location = useLocation();
  const navigate = useNavigate();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- location.key is the point: one id per visit
  const freshId = useMemo(() => crypto.randomUUID(), [location.key]);
  const id = routeId === NEW_RECORD_ID ? freshId : routeId;
  const opened = (isNew: boolean): EditorSession => ({ openedAs: id, isNew, ids: [id], current: isNew ? null : id });
  const [session, setSession] = useState<EditorSession>(() => opened(routeId === NEW_RECORD_ID));
  // Another record opened in the same route (a link, back or forward): a new visit.
  if (!session.ids.includes(id)) setSession(opened(routeId === NEW_RECORD_ID));

  // Which visit is on screen now. A first save can finish after the person has left the editor
  // (a slow phone, a tap on another tab): the address is theirs then, and isn't taken back.
  const { openedAs } = session;
  const showing = useRef<string | null>(null);
  useEffect(() => {
    showing.current = openedAs;
    return () => {
      showing.current = null;
    };
  }, [openedAs]);

  // Settles once the address has changed: a reload or a lock waits for it (unsaved-words.ts).
  const onNewRecord = useCallback(
    async (newId: string): Promise<void> => {
      if (showing.current !== openedAs) return;
      setSession((current) => ({ ...current, ids: [...current.ids, newId], current: newId }));
      await navigate(pathOf(newId), { replace: true });
    },
    [navigate, pathOf, openedAs],
  );
  return { ...session, onNewRecord };
}
