import { unzipSync } from 'fflate';
import { decryptBackup, looksLikeEncryptedBackup } from '../../crypto/backup-envelope';
import { type ImportPreview, previewImport } from '../../db/backup-repository';
import type { Backup } from '../../domain/backup/backup-schema';
import { MAX_BACKUP_BYTES, readBackup } from '../../domain/backup/read-backup';

export type PreparedImport =
  | { ok: true; kind: 'backup' | 'dayone' | 'jrnl'; tables: Backup['tables']; preview: ImportPreview; notes: string[] }
  | { ok: false; problem: string; needsPassphrase?: boolean };

/** Other journals' exports, turned into our tables; filled in by the importers. */
export type OtherJournalReader = (
  json: unknown,
) => { kind: 'dayone' | 'jrnl'; tables: Backup['tables']; notes: string[] } | { problem: string } | null;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * Reads a chosen file and works out what importing it would do, writing nothing. Every
 * refusal is one kind sentence; the journal is untouched until the person confirms.
 */
export async function prepareImport(
  file: Blob,
  readOther: OtherJournalReader = () => null,
  onProgress: (checked: number, total: number) => void = () => {},
  passphrase?: string,
): Promise<PreparedImport> {
  if (file.size > MAX_BACKUP_BYTES) {
    return refuse("This file is too large to be a journal backup (over 100 MB), so it wasn't opened.");
  }
  if (file.size === 0) return refuse('This file is empty.');
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  if (ZIP_MAGIC.every((byte, index) => bytes[index] === byte)) {
    const json = jsonInZip(bytes);
    if (json === null) return refuse("This zip file couldn't be opened, or it has no journal file inside.");
    text = json;
  } else {
    text = new TextDecoder('utf-8').decode(bytes);
  }

  if (looksLikeEncryptedBackup(text)) {
    const opened = await openEncrypted(text, passphrase);
    if (!opened.ok) return opened;
    text = opened.text;
  }

  const ours = await readBackup(text, onProgress);
  if (ours.ok) return withPreview('backup', ours.backup.tables, []);
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
  return withPreview(other.kind, other.tables, other.notes);
}

async function withPreview(kind: 'backup' | 'dayone' | 'jrnl', tables: Backup['tables'], notes: string[]) {
  return { ok: true as const, kind, tables, notes, preview: await previewImport(tables) };
}

function looksLikeOurs(json: unknown): boolean {
  return typeof json === 'object' && json !== null && 'format' in json;
}

/** Day One zips hold Journal.json (or another journal's .json); take the first JSON file. */
function jsonInZip(bytes: Uint8Array): string | null {
  try {
    const files = unzipSync(bytes, { filter: (file) => file.name.toLowerCase().endsWith('.json') });
    const names = Object.keys(files).sort(
      (a, b) => Number(b.endsWith('Journal.json')) - Number(a.endsWith('Journal.json')),
    );
    const first = names[0];
    return first ? new TextDecoder('utf-8').decode(files[first]) : null;
  } catch {
    return null;
  }
}

const refuse = (problem: string): PreparedImport => ({ ok: false, problem });

/** An encrypted backup opens only with its passphrase; without one, the person is asked. */
async function openEncrypted(
  text: string,
  passphrase: string | undefined,
): Promise<{ ok: true; text: string } | { ok: false; problem: string; needsPassphrase?: boolean }> {
  if (passphrase === undefined) {
    return { ok: false, needsPassphrase: true, problem: 'This backup is protected with a passphrase.' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'This encrypted backup looks damaged or cut short, so it was not opened.' };
  }
  const opened = await decryptBackup(json, passphrase);
  if (opened.ok) return { ok: true, text: opened.json };
  return opened.reason === 'wrong-passphrase'
    ? {
        ok: false,
        needsPassphrase: true,
        problem: "That passphrase doesn't open this backup (or the file was changed). Nothing was brought in.",
      }
    : { ok: false, problem: 'This encrypted backup looks damaged or cut short, so it was not opened.' };
}
