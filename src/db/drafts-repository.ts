import type { Draft } from '../domain/records';
import { database } from './database';
import { guard } from './guard';

/** Writes unsaved typing under `key`, replacing any earlier draft for the same key. */
export function saveDraft(
  key: string,
  fields: Record<string, unknown>,
  baseRev: number | null = null,
  now: number = Date.now(),
): Promise<Draft> {
  const draft: Draft = { key, fields, baseRev, updatedAt: now };
  return guard('keep your draft', async () => {
    await database().drafts.put(draft);
    return draft;
  });
}

export function getDraft(key: string): Promise<Draft | undefined> {
  return guard('open your draft', () => database().drafts.get(key));
}

export function discardDraft(key: string): Promise<void> {
  return guard('clear the draft', () => database().drafts.delete(key));
}

export function listDrafts(): Promise<Draft[]> {
  return guard('read drafts', () => database().drafts.orderBy('updatedAt').reverse().toArray());
}
