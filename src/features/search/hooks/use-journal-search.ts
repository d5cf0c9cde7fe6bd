import { useEffect, useState } from 'react';
import { listAllLiveEntries } from '../../../db/entries-repository';
import { listAllRuns } from '../../../db/runs-repository';
import { entryDocument, runDocument } from '../../../domain/search/search-document';
import { JournalSearch } from '../search-index';

/**
 * Builds the search index in memory when the search screen opens (in chunks, so the field
 * answers keystrokes at once), and drops it when the screen closes.
 */
export function useJournalSearch(): { search: JournalSearch | null; failed: boolean } {
  const [search, setSearch] = useState<JournalSearch | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    (async () => {
      const [entries, runs] = await Promise.all([listAllLiveEntries(), listAllRuns()]);
      const index = new JournalSearch();
      await index.addAll([...entries.map(entryDocument), ...runs.map(runDocument)]);
      if (live) setSearch(index);
    })().catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);
  return { search, failed };
}
