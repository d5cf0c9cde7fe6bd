import { format } from 'date-fns';
import { useCallback, useState } from 'react';
import { encryptBackup } from '../../../crypto/backup-envelope';
import { applyImport, exportBackup } from '../../../db/backup-repository';
import { useLiveData } from '../../../db/live';
import { MAX_BACKUP_BYTES } from '../../../domain/backup/read-backup';
import { getSetting, setSetting } from '../../../db/settings-repository';
import { LAST_BACKUP_KEY } from '../backup-keys';
import { markdownZip } from '../export-markdown';
import { prepareImportOffThePage } from '../import-check';
import type { PreparedImport } from '../prepare-import';
import { shareOrDownload } from '../../../ui/share-file';

export function useLastBackupAt(): number | null | undefined {
  return useLiveData(() => getSetting(LAST_BACKUP_KEY));
}

type Busy = 'exporting' | 'markdown' | 'reading' | 'importing' | null;

/** Back up, and bring a backup (or another journal's export) in, with a preview first. */
export function useBackupActions() {
  const [busy, setBusy] = useState<Busy>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [prepared, setPrepared] = useState<PreparedImport | null>(null);
  const [progress, setProgress] = useState<{ checked: number; total: number } | null>(null);

  const [chosenFile, setChosenFile] = useState<File | null>(null);

  /** With a passphrase, the file is encrypted (see docs/ENCRYPTED-BACKUP.md). */
  const backUp = useCallback(async (passphrase?: string) => {
    setBusy('exporting');
    setMessage(null);
    try {
      const now = new Date();
      let damaged = 0;
      const backup = JSON.stringify(await exportBackup(__APP_VERSION__, now, (count) => (damaged += count)));
      const name = `good-enough-backup-${format(now, 'yyyy-MM-dd')}${passphrase ? '-encrypted' : ''}.json`;
      // The plain file is made once and its size read from it: encoding the whole journal a
      // second time only to measure it cost as much as a tenth of the backup's time.
      const plain = new File([backup], name, { type: 'application/json' });
      // Whatever the app makes, it can bring back: a backup past what it reads is not made.
      if (plain.size > MAX_BACKUP_BYTES) {
        return setMessage(
          'Your journal has grown past what one backup file can hold (100 MB), so no backup was made. Export as Markdown still keeps every word.',
        );
      }
      const file = passphrase
        ? new File([JSON.stringify(await encryptBackup(backup, passphrase))], name, { type: 'application/json' })
        : plain;
      const outcome = await shareOrDownload(file);
      if (outcome === 'cancelled') return setMessage('No backup was made this time.');
      await setSetting(LAST_BACKUP_KEY, now.getTime());
      setMessage(
        (outcome === 'shared'
          ? 'Your backup is ready. Keep it somewhere safe, like your files or a drive you trust.'
          : 'Your backup was saved to your downloads. Keep it somewhere safe.') +
          (damaged > 0
            ? ` ${damaged} ${damaged === 1 ? 'record was' : 'records were'} damaged on this device and couldn't be opened, so the backup doesn't include ${damaged === 1 ? 'it' : 'them'}.`
            : ''),
      );
    } catch {
      setMessage("The backup couldn't be made just now. Your journal is unchanged; please try again.");
    } finally {
      setBusy(null);
    }
  }, []);

  const exportMarkdown = useCallback(async (questionText: (questionId: string) => string | null) => {
    setBusy('markdown');
    setMessage(null);
    try {
      const outcome = await shareOrDownload(await markdownZip(questionText));
      if (outcome !== 'cancelled') setMessage('Your journal as Markdown files is ready, one file per entry and run.');
    } catch {
      setMessage("The Markdown files couldn't be made just now. Your journal is unchanged.");
    } finally {
      setBusy(null);
    }
  }, []);

  /** `passphrase` opens an encrypted backup; without one, the person is asked for it. */
  const choose = useCallback(async (file: File, passphrase?: string) => {
    setBusy('reading');
    setMessage(null);
    setChosenFile(file);
    try {
      const onProgress = (checked: number, total: number) => setProgress({ checked, total });
      setPrepared(await prepareImportOffThePage(file, onProgress, passphrase));
    } catch {
      setPrepared({ ok: false, problem: "This file couldn't be read. Your journal is unchanged." });
    } finally {
      setProgress(null);
      setBusy(null);
    }
  }, []);

  const confirm = useCallback(async () => {
    if (!prepared?.ok) return;
    setBusy('importing');
    try {
      const counts = await applyImport(prepared.tables);
      const added = counts.entries.added + counts.runs.added;
      const updated = counts.entries.updated + counts.runs.updated;
      const keptBoth = counts.entries.keptBoth + counts.runs.keptBoth;
      setMessage(
        `Done. ${added} added and ${updated} updated. ` +
          (keptBoth > 0
            ? `${keptBoth} changed both here and in the file: both versions are kept, the other one as a copy. `
            : '') +
          'Nothing in your journal was removed.',
      );
    } catch {
      setMessage("The import couldn't finish, so nothing was changed. Please try again.");
    } finally {
      // Only the file this import was for: never a file chosen since, or its refusal.
      setPrepared((now) => (now === prepared ? null : now));
      setBusy(null);
    }
  }, [prepared]);

  return {
    busy,
    message,
    prepared,
    progress,
    backUp,
    exportMarkdown,
    choose,
    confirm,
    openWithPassphrase: (passphrase: string) => (chosenFile ? choose(chosenFile, passphrase) : Promise.resolve()),
    cancel: () => setPrepared(null),
  };
}
