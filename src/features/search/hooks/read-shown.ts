import { getLiveEntries } from '../../../db/entries-repository';
import { getLiveRuns } from '../../../db/runs-repository';
import { entryDocument, runDocument, type SearchDocument } from '../../../domain/search/search-document';
import type { SearchAnswer } from '../search-index-api';

/** A result as the screen shows it: the record's document, and the words to mark in it. */
export interface ShownHit {
  document: SearchDocument;
  terms: string[];
}

export interface ShownAnswer {
  total: number;
  hits: ShownHit[];
}

/**
 * The records of the results shown, read from the journal (and opened, when it is locked): the
 * index keeps no text, so a page of results costs one read of 20 records, not a copy of the
 * whole journal in memory. A record gone since the index was built is left out.
 */
export async function readShown(answer: SearchAnswer): Promise<ShownAnswer> {
  const ids = (prefix: string) =>
    answer.hits.filter((hit) => hit.id.startsWith(prefix)).map((hit) => hit.id.slice(prefix.length));
  const [entries, runs] = await Promise.all([
    ids('entry:').length > 0 ? getLiveEntries(ids('entry:')) : [],
    ids('run:').length > 0 ? getLiveRuns(ids('run:')) : [],
  ]);
  const documents = new Map<string, SearchDocument>();
  for (const entry of entries) documents.set(`entry:${entry.id}`, entryDocument(entry));
  for (const run of runs) documents.set(`run:${run.id}`, runDocument(run));
  const hits = answer.hits.flatMap((hit) => {
    const document = documents.get(hit.id);
    return document ? [{ document, terms: hit.terms }] : [];
  });
  return { total: answer.total - (answer.hits.length - hits.length), hits };
}
