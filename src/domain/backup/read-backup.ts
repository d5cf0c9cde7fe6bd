import * as v from 'valibot';
import { currentTimeZone } from '../dates';
import type { Draft } from '../records';
import { checkImportedSettings, type DroppedSetting } from '../settings/registry';
import { type Backup, BACKUP_FORMAT, BACKUP_VERSION, EnvelopeSchema, RECORD_SCHEMAS } from './backup-schema';
import { draftsAsEntries } from './draft-entry';

export type BackupReading =
  { ok: true; backup: Backup; droppedSettings: DroppedSetting[] } | { ok: false; problem: string };

/**
 * The most journal JSON the app reads at once (a backup, the inside of an encrypted one, or
 * the journals in a Day One zip): bigger than any real journal's backup, and refusing more
 * keeps a phone from running out of memory. The app never makes a backup larger than this.
 */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;

/** Records checked between two breaths for the page, so a big import never freezes it. */
const CHUNK = 500;

type Table = keyof typeof RECORD_SCHEMAS;
const TABLES: Table[] = ['entries', 'runs', 'drafts', 'settings'];
const tableWords: Record<Table, string> = {
  entries: 'entry',
  runs: 'experiment run',
  drafts: 'draft',
  settings: 'setting',
};

/**
 * Reads a backup file's text: parses, migrates older versions, then checks every record,
 * a chunk at a time, reporting progress. Every refusal is one kind sentence that says what
 * is wrong; nothing is written here. The file's drafts become entries (draft-entry.ts), on the
 * days they were written in `timeZone`, this device's (a worker is handed the page's).
 */
export async function readBackup(
  text: string,
  onProgress: (checked: number, total: number) => void = () => {},
  timeZone: string = currentTimeZone(),
): Promise<BackupReading> {
  const opened = open(text);
  if (!opened.ok) return opened;
  const envelope = v.safeParse(EnvelopeSchema, migrate(opened.json));
  if (!envelope.success)
    return refuse(`This backup has a problem: ${explain(envelope.issues[0])}. Nothing was changed.`);

  const raw = envelope.output.tables;
  const total = TABLES.reduce((sum, table) => sum + raw[table].length, 0);
  const tables: Record<Table, unknown[]> = { entries: [], runs: [], drafts: [], settings: [] };
  let checked = 0;
  for (const table of TABLES) {
    const schema = RECORD_SCHEMAS[table];
    for (const [index, record] of raw[table].entries()) {
      const result = v.safeParse(schema, record);
      if (!result.success) {
        return refuse(
          `This backup has a problem in ${tableWords[table]} number ${index + 1}: ${explain(result.issues[0])}. Nothing was changed.`,
        );
      }
      tables[table].push(result.output);
      checked += 1;
      if (checked % CHUNK === 0) {
        onProgress(checked, total);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }
  }
  onProgress(total, total);
  for (const table of ['entries', 'runs'] as const) {
    const ids = (tables[table] as { id: string }[]).map((record) => record.id);
    if (new Set(ids).size !== ids.length) {
      return refuse(`This backup has a problem: two of its ${tableWords[table]}s share an id. Nothing was changed.`);
    }
  }
  // Settings are checked one by one: what the app can't hold, or never takes from a file, is left out.
  const settings = checkImportedSettings(tables.settings as Backup['tables']['settings']);
  const entries = tables.entries as Backup['tables']['entries'];
  const fromDrafts = draftsAsEntries(tables.drafts as Draft[], entries, timeZone);
  return {
    ok: true,
    backup: {
      ...envelope.output,
      tables: {
        entries: [...entries, ...fromDrafts],
        runs: tables.runs as Backup['tables']['runs'],
        drafts: [],
        settings: settings.kept,
      },
    },
    droppedSettings: settings.dropped,
  };
}

function open(text: string): { ok: true; json: Record<string, unknown> } | { ok: false; problem: string } {
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
  return { ok: true, json: json as Record<string, unknown> };
}

/** Older backup versions are brought up to the current one here, one step at a time. */
function migrate(json: Record<string, unknown>): Record<string, unknown> {
  // Version 1 is the first and current format: nothing to do yet.
  return json;
}

/**
 * Valibot's own messages are for developers (and quote what they found, which may be the
 * person's words); these name the field and say what is wrong with it, never what it holds.
 */
export function explain(issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return 'it is not in the expected shape';
  const field = issue.path?.findLast((item) => typeof item.key === 'string')?.key;
  const name = typeof field === 'string' ? `"${field}"` : 'a value';
  if (issue.input === undefined) return `${name} is missing`;
  if (issue.kind === 'schema') return `${name} is not the kind of value a backup holds there`;
  // Every check in backup-schema.ts carries its own wording; any other stays generic.
  return /^(is|holds) /.test(issue.message) ? `${name} ${issue.message}` : `${name} is not a value the app writes`;
}

const refuse = (problem: string) => ({ ok: false as const, problem });
