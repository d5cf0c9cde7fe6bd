import type { Page } from '@playwright/test';
import { blankRunFields } from '../../src/domain/experiments/run-fields';

/** A small journal whose insights are worked out by hand in insights.spec.ts. "Today" is 20 November 2026. */
export const INSIGHTS_TODAY = new Date('2026-11-20T12:00:00');

const entries = [
  { day: '2026-11-20', title: 'Garden', text: 'Left the weeds where they were.', mood: 4 },
  { day: '2026-11-03', title: '', text: 'The email went out with a typo.', mood: 2 },
  { day: '2026-11-03', title: '', text: 'Dinner on the table.', mood: null, questionId: 'good-enough-today' },
  { day: '2026-10-14', title: '', text: 'Tired but fine. 我今天很好', mood: 3 },
  { day: '2026-09-30', title: '', text: 'Be kind.', mood: 5, questionId: 'words-for-a-friend' },
];

const typo = { experimentId: 'send-it-with-a-typo', experimentTitle: 'Send it with a small typo' };
const runs = [
  { ...typo, day: '2026-11-10', beliefBefore: 80, beliefAfter: 40, discomfortBefore: 70, discomfortDuring: 30 },
  {
    ...typo,
    day: '2026-11-12',
    beliefBefore: 70,
    beliefAfter: 50,
    discomfortBefore: 60,
    predictionCameTrue: 'partly',
    prediction: 'They will think I am careless',
    outcome: 'Nobody said a thing',
  },
  {
    experimentId: 'say-i-dont-know',
    experimentTitle: 'Say "I don\'t know"',
    day: '2026-08-01',
    beliefBefore: 60,
    beliefAfter: 60,
    discomfortBefore: 50,
    discomfortDuring: 40,
    predictionCameTrue: 'yes',
  },
  {
    ...typo,
    day: '2026-11-15',
    beliefBefore: 65,
    beliefAfter: 35,
    discomfortBefore: 55,
    discomfortDuring: 25,
    predictionCameTrue: 'no',
  },
  {
    ...typo,
    day: '2026-11-18',
    beliefBefore: 60,
    beliefAfter: 30,
    discomfortBefore: 50,
    discomfortDuring: 30,
    predictionCameTrue: 'no',
  },
];

/** Writes the journal straight into the app's IndexedDB (the app must have opened it once). */
export async function seedInsightsJournal(page: Page): Promise<void> {
  await page.evaluate('window.__name ??= (fn) => fn');
  await page.evaluate(
    async ({ entries, runs, blankFields }) => {
      const open = indexedDB.open('good-enough');
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(['entries', 'runs'], 'readwrite');
      const meta = (day: string) => {
        const at = new Date(`${day}T10:00:00`).getTime();
        return { id: crypto.randomUUID(), createdAt: at, updatedAt: at, rev: 1, deletedAt: null, day, timeZone: 'UTC' };
      };
      for (const { questionId = null, ...entry } of entries) {
        tx.objectStore('entries').put({
          ...meta(entry.day),
          kind: questionId ? 'answer' : 'free',
          tags: [],
          packId: questionId ? 'ditching-perfect' : null,
          questionId,
          ...entry,
        });
      }
      for (const run of runs) {
        // Every field a run has, then this run's own values over them.
        const blank = {
          ...meta(run.day),
          packId: 'ditching-perfect',
          status: 'done',
          ...blankFields,
          completedAt: new Date(`${run.day}T11:00:00`).getTime(),
        };
        tx.objectStore('runs').put(Object.assign(blank, run));
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    // The app's own blank run, made here: the page function can't import it.
    { entries, runs, blankFields: blankRunFields('If I send something with a mistake, people will think less of me.') },
  );
}
