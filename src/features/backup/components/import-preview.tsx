import type { PreparedImport } from '../prepare-import';

const sourceWords = { backup: 'a Good Enough backup', dayone: 'a Day One export', jrnl: 'a jrnl export' } as const;

/** What an import will do, in plain numbers, before anything is written. */
export function ImportPreview({ prepared }: { prepared: Extract<PreparedImport, { ok: true }> }) {
  const { entries, runs } = prepared.preview;
  const line = (label: string, counts: { added: number; updated: number; unchanged: number }) =>
    `${label}: ${counts.added} new, ${counts.updated} updated, ${counts.unchanged} already here.`;
  return (
    <div className="prose">
      <p>This is {sourceWords[prepared.kind]}.</p>
      <ul>
        <li>{line('Entries', entries)}</li>
        {prepared.kind === 'backup' ? <li>{line('Experiment runs', runs)}</li> : null}
      </ul>
      {prepared.notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
      <p>Where the file has a newer version of something, it is used. Nothing in your journal will be removed.</p>
    </div>
  );
}
