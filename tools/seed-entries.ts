import type { Page } from '@playwright/test';

/**
 * Writes `count` generated entries straight into the app's IndexedDB (quicker than bringing
 * a backup in through Settings, which the benchmark times), spread over five years, about 600 characters each,
 * with tags and moods. Deterministic: the same count gives the same journal.
 */
export async function seedEntries(page: Page, count: number): Promise<void> {
  // tsx (used by the screenshot script) names inner functions with a helper the page lacks.
  await page.evaluate('window.__name ??= (fn) => fn');
  await page.evaluate(async (total) => {
    const words =
      'small mistake kind enough careful worry relief email typo friend walk morning tired proud messy garden coffee laugh honest rest'.split(
        ' ',
      );
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pad = (n: number) => String(n).padStart(2, '0');
    const open = indexedDB.open('good-enough');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('entries', 'readwrite');
    const store = tx.objectStore('entries');
    const now = Date.now();
    const span = 5 * 365 * 24 * 3600 * 1000;
    for (let index = 0; index < total; index += 1) {
      const at = now - Math.floor((index / total) * span) - 3600 * 1000;
      const date = new Date(at);
      let text = '';
      while (text.length < 600) text += `${words[Math.floor(random() * words.length)]} `;
      store.put({
        id: crypto.randomUUID(),
        createdAt: at,
        updatedAt: at,
        rev: 1,
        deletedAt: null,
        kind: 'free',
        title: index % 7 === 0 ? `Entry number ${index}` : '',
        text: `${text.trim()} marker${index}`,
        mood: (index % 5) + 1,
        tags: [`tag${index % 12}`],
        packId: null,
        questionId: null,
        day: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
        timeZone: 'UTC',
      });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, count);
}
