import type { Draft } from '../domain/records';
import { database } from './database';
import { guard } from './guard';
import { assertWritable, LOCK_ROW_ID } from './lock-row';
import { openRecord, openRecords, sealForWriting } from './sealing';

/** Writes unsaved typing under `key`, replacing any earlier draft for the same key. */
export function saveDraft(
  key: string,
  fields: Record<string, unknown>,
  baseRev: number | null = null,
  now: number = Date.now(),
): Promise<Draft> {
  const draft: Draft = { key, fields, baseRev, updatedAt: now };
  const db = database();
  return guard('keep your draft', async () => {
    const stored = await sealForWriting('drafts', draft);
    await db.transaction('rw', db.drafts, db.lock, async () => {
      assertWritable(await db.lock.get(LOCK_ROW_ID), stored);
      await db.drafts.put(stored);
    });
    return draft;
  });
}

export function getDraft(key: string): Promise<Draft | undefined> {
  return guard('open your draft', async () => {
    const stored = await database().drafts.get(key);
    return stored && openRecord('drafts', stored);
  });
}

export function discardDraft(key: string): Promise<void> {
  return guard('clear the draft', () => database().drafts.delete(key));
}

export function listDrafts(): Promise<Draft[]> {
  return guard('read drafts', async () =>
    openRecords('drafts', await database().drafts.orderBy('updatedAt').reverse().toArray()),
  );
}
