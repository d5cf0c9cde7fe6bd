import { type ImportPreview, previewImport } from '../../db/backup-repository';
import type { Backup } from '../../domain/backup/backup-schema';
import type { DroppedSetting } from '../../domain/settings/registry';
import {
  type ImportKind,
  type ImportReading,
  type Journals,
  type OtherJournalReader,
  readImportFile,
  type Refusal,
} from './read-import-file';

export type PreparedImport =
  | {
      ok: true;
      kind: ImportKind;
      tables: Backup['tables'];
      preview: ImportPreview;
      notes: string[];
      journals: Journals;
      droppedSettings: DroppedSetting[];
    }
  | Refusal;

/**
 * Reads a chosen file and works out what importing it would do, writing nothing. Every
 * refusal is one kind sentence; the journal is untouched until the person confirms. This
 * reads the file on the page itself; the app reads it in a worker (import-check.ts).
 */
export async function prepareImport(
  file: Blob,
  readOther: OtherJournalReader = () => null,
  onProgress: (checked: number, total: number) => void = () => {},
  passphrase?: string,
): Promise<PreparedImport> {
  return withPreview(await readImportFile(file, readOther, onProgress, passphrase));
}

/** A file read (here or in a worker), with what importing it would change in this journal. */
export async function withPreview(read: ImportReading | Refusal): Promise<PreparedImport> {
  if ('problem' in read) return read;
  return { ok: true, ...read, preview: await previewImport(read.tables) };
}
