import { database } from './database';
import { guard } from './guard';

/** The newest save and the oldest creation across entries and runs (null when empty). */
export function journalTimes(): Promise<{ latestChangeAt: number | null; firstWrittenAt: number | null }> {
  const db = database();
  return guard('read your journal', async () => {
    const [newestEntry, newestRun, oldestEntry, oldestRun] = await Promise.all([
      db.entries.orderBy('updatedAt').last(),
      db.runs.orderBy('updatedAt').last(),
      db.entries.orderBy('createdAt').first(),
      db.runs.orderBy('createdAt').first(),
    ]);
    const latest = [newestEntry?.updatedAt, newestRun?.updatedAt].filter((time) => time !== undefined);
    const first = [oldestEntry?.createdAt, oldestRun?.createdAt].filter((time) => time !== undefined);
    return {
      latestChangeAt: latest.length ? Math.max(...latest) : null,
      firstWrittenAt: first.length ? Math.min(...first) : null,
    };
  });
}
