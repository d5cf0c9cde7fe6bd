import * as v from 'valibot';
import { decryptBackup, encryptedBackupBytes, looksLikeEncryptedBackup } from '../../crypto/backup-envelope';
import { type Backup, EntryRecordSchema } from '../../domain/backup/backup-schema';
import { explain, MAX_BACKUP_BYTES, readBackup } from '../../domain/backup/read-backup';
import { currentTimeZone } from '../../domain/dates';
import type { Entry } from '../../domain/records';
import type { DroppedSetting } from '../../domain/settings/registry';
import { addTag } from '../../domain/tags';
import { readJournalsInZip } from './read-zip';

/**
 * Reading a chosen file, touching nothing: opening it (a zip, an encrypted backup), parsing and
 * checking every record. It needs no database, so it runs in a worker (import-check.worker.ts)
 * and the page stays free while a big file is checked.
 */

export type ImportKind = 'backup' | 'dayone' | 'jrnl';
/** For a zip of several journals: each one's name and how many entries it brings. */
export type Journals = { name: string; entries: number }[];

/** Other journals' exports, turned into our tables; filled in by the importers. */
export type OtherJournalReader = (
  json: unknown,
) => { kind: 'dayone' | 'jrnl'; tables: Backup['tables']; notes: string[] } | { problem: string } | null;

export type ImportReading = {
  kind: ImportKind;
  tables: Backup['tables'];
  notes: string[];
  journals: Journals;
  droppedSettings: DroppedSetting[];
};

export type Refusal = { ok: false; problem: string; needsPassphrase?: boolean };

type Progress = (checked: number, total: number) => void;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const TOO_LARGE = "This file is too large to be a journal backup (over 100 MB), so it wasn't opened.";

/**
 * Every refusal is one kind sentence. `timeZone` is this device's: a backup's drafts become
 * entries on the days they were written there (a worker is handed the page's zone).
 */
export async function readImportFile(
  file: Blob,
  readOther: OtherJournalReader = () => null,
  onProgress: Progress = () => {},
  passphrase?: string,
  timeZone: string = currentTimeZone(),
): Promise<ImportReading | Refusal> {
  if (file.size === 0) return refuse('This file is empty.');
  const start = new Uint8Array(await file.slice(0, ZIP_MAGIC.length).arrayBuffer());
  const how = { readOther, onProgress, passphrase, timeZone };
  return ZIP_MAGIC.every((byte, index) => start[index] === byte) ? readZip(file, how) : readJsonFile(file, how);
}

/** How a file is read: other journals' readers, progress, the passphrase if given, the zone. */
type How = { readOther: OtherJournalReader; onProgress: Progress; passphrase: string | undefined; timeZone: string };

/**
 * A backup, plain or encrypted, or another journal's JSON. A plain file may hold up to the
 * limit; an encrypted one up to what the app makes when it encrypts a backup of that size.
 */
async function readJsonFile(file: Blob, how: How): Promise<ImportReading | Refusal> {
  if (file.size > encryptedBackupBytes(MAX_BACKUP_BYTES)) return refuse(TOO_LARGE);
  const text = new TextDecoder('utf-8').decode(await file.arrayBuffer());
  if (!looksLikeEncryptedBackup(text) && file.size > MAX_BACKUP_BYTES) return refuse(TOO_LARGE);
  return readOpened(text, how);
}

/** An encrypted backup is opened first (its inside held to the same limit as a plain one). */
async function readOpened(text: string, how: How): Promise<ImportReading | Refusal> {
  if (!looksLikeEncryptedBackup(text)) return readText(text, how);
  const opened = await openEncrypted(text, how.passphrase);
  if (!opened.ok) return opened;
  if (opened.bytes > MAX_BACKUP_BYTES) return refuse(TOO_LARGE);
  return readText(opened.text, how);
}

async function readText(text: string, { readOther, onProgress, timeZone }: How): Promise<ImportReading | Refusal> {
  const ours = await readBackup(text, onProgress, timeZone);
  if (ours.ok) {
    return {
      kind: 'backup',
      tables: ours.backup.tables,
      notes: [],
      journals: [],
      droppedSettings: ours.droppedSettings,
    };
  }
  // Not ours: maybe another app's export.
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    return ours;
  }
  const other = looksLikeOurs(json) ? null : readOther(json);
  if (other === null) return ours;
  if ('problem' in other) return refuse(other.problem);
  const bounds = checkBounds(other.tables.entries, other.kind);
  if (bounds) return refuse(bounds);
  return { ...other, journals: [], droppedSettings: [] };
}

/**
 * A Day One zip: every journal in it (an "All journals" export holds one JSON file each),
 * read as a stream so photos and videos beside them cost nothing. With several journals,
 * each entry is tagged with its journal's name. A zip holding one backup file works too.
 */
async function readZip(file: Blob, how: How): Promise<ImportReading | Refusal> {
  const zip = await readJournalsInZip(file, MAX_BACKUP_BYTES);
  if (!zip.ok) {
    return refuse(
      zip.reason === 'too-large'
        ? "The journal inside this zip is larger than 100 MB once unpacked, so it wasn't opened."
        : "This zip file couldn't be opened, or it has no journal file inside.",
    );
  }
  const [only] = zip.journals;
  if (only && zip.journals.length === 1) {
    return readOpened(only.text, how);
  }
  const entries: Entry[] = [];
  const notes: string[] = [];
  const journals: Journals = [];
  const seen = new Set<string>();
  for (const journal of zip.journals.sort((a, b) => a.name.localeCompare(b.name))) {
    const name = journalName(journal.name);
    let json: unknown;
    try {
      json = JSON.parse(journal.text);
    } catch {
      return refuse(`This zip has a journal file that is cut short or damaged ("${name}"), so nothing was brought in.`);
    }
    const other = looksLikeOurs(json) ? null : how.readOther(json);
    if (other === null || ('kind' in other && other.kind !== 'dayone')) {
      return refuse(`This zip has a file that isn't a Day One journal ("${name}"), so nothing was brought in.`);
    }
    if ('problem' in other) return refuse(`In the journal "${name}": ${other.problem}`);
    const fresh = (other.tables.entries as Entry[]).filter((entry) => !seen.has(entry.id));
    for (const entry of fresh) {
      seen.add(entry.id);
      entries.push({ ...entry, tags: addTag(entry.tags, name) });
    }
    journals.push({ name, entries: fresh.length });
    notes.push(...other.notes.map((note) => `${name}: ${note}`));
  }
  const bounds = checkBounds(entries, 'dayone');
  if (bounds) return refuse(bounds);
  return {
    kind: 'dayone',
    tables: { entries, runs: [], drafts: [], settings: [] } as Backup['tables'],
    notes,
    journals,
    droppedSettings: [],
  };
}

/** "Journals/Work Notes.json" -> "Work Notes": what Day One named the journal. */
function journalName(path: string): string {
  const base = path.split('/').at(-1) ?? path;
  return base.replace(/\.json$/i, '').trim() || 'Journal';
}

/** Another app's entries are held to the same bounds as a backup's: what this app could write. */
function checkBounds(entries: unknown[], kind: 'dayone' | 'jrnl'): string | null {
  const app = kind === 'dayone' ? 'Day One' : 'jrnl';
  for (const [index, entry] of entries.entries()) {
    const result = v.safeParse(EntryRecordSchema, entry);
    if (!result.success) {
      return `Entry ${index + 1} in this ${app} export can't be kept as it is: ${explain(result.issues[0])}. Nothing was imported.`;
    }
  }
  return null;
}

function looksLikeOurs(json: unknown): boolean {
  return typeof json === 'object' && json !== null && 'format' in json;
}

const refuse = (problem: string): Refusal => ({ ok: false, problem });

/** An encrypted backup opens only with its passphrase; without one, the person is asked. */
async function openEncrypted(
  text: string,
  passphrase: string | undefined,
): Promise<{ ok: true; text: string; bytes: number } | Refusal> {
  if (passphrase === undefined) {
    return { ok: false, needsPassphrase: true, problem: 'This backup is protected with a passphrase.' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('This encrypted backup looks damaged or cut short, so it was not opened.');
  }
  const opened = await decryptBackup(json, passphrase);
  if (opened.ok) return { ok: true, text: opened.json, bytes: opened.bytes };
  return opened.reason === 'wrong-passphrase'
    ? {
        ok: false,
        needsPassphrase: true,
        problem: "That passphrase doesn't open this backup (or the file was changed). Nothing was brought in.",
      }
    : refuse('This encrypted backup looks damaged or cut short, so it was not opened.');
}
