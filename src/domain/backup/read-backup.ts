import * as v from 'valibot';
import { type Backup, BACKUP_FORMAT, BACKUP_VERSION, BackupSchema } from './backup-schema';

export type BackupReading = { ok: true; backup: Backup } | { ok: false; problem: string };

/** Bigger than any real journal's backup; refusing it keeps a phone from running out of memory. */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;

/**
 * Reads a backup file's text: parses, migrates older versions, validates the whole thing.
 * Every refusal is one kind sentence that says what is wrong; nothing is written here.
 */
export function readBackup(text: string): BackupReading {
  if (text.trim() === '') return refuse('This file is empty.');
  let json: unknown;
  let hostileKey = false;
  try {
    // No real backup has these keys; they only appear in files made to cause harm.
    json = JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') hostileKey = true;
      return value;
    });
  } catch {
    return refuse("This file isn't a complete backup. It may have been cut short while it was being saved or sent.");
  }
  if (hostileKey) return refuse("This file has fields that no Good Enough backup has, so it wasn't opened.");
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return refuse("This file isn't a Good Enough backup.");
  }
  const { format, formatVersion } = json as { format?: unknown; formatVersion?: unknown };
  if (format !== BACKUP_FORMAT) return refuse("This file isn't a Good Enough backup.");
  if (typeof formatVersion === 'number' && formatVersion > BACKUP_VERSION) {
    return refuse('This backup was made by a newer version of Good Enough. Update the app, then try again.');
  }
  const migrated = migrate(json as Record<string, unknown>);
  const result = v.safeParse(BackupSchema, migrated);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue ? describePath(issue) : '';
    return refuse(`This backup has a problem${where}: ${explain(issue)}. Nothing was changed.`);
  }
  return { ok: true, backup: result.output };
}

/** Older backup versions are brought up to the current one here, one step at a time. */
function migrate(json: Record<string, unknown>): Record<string, unknown> {
  // Version 1 is the first and current format: nothing to do yet.
  return json;
}

/** Valibot's own messages are for developers; these are for the person holding the file. */
function explain(issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return 'it is not in the expected shape';
  const field = issue.path?.at(-1)?.key;
  const name = typeof field === 'string' ? `"${field}"` : 'a value';
  if (issue.input === undefined) return `${name} is missing`;
  if (issue.kind === 'schema') return `${name} is not the kind of value a backup holds there`;
  return issue.message;
}

function describePath(issue: v.BaseIssue<unknown>): string {
  const path = issue.path?.map((item) => item.key) ?? [];
  const table = path[1];
  const index = path[2];
  if (typeof table === 'string' && typeof index === 'number') {
    const field = path[3];
    return ` in ${table} number ${index + 1}${typeof field === 'string' ? ` (${field})` : ''}`;
  }
  return '';
}

const refuse = (problem: string): BackupReading => ({ ok: false, problem });
