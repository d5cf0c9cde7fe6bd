import type { DroppedSetting } from '../../../domain/settings/registry';
import type { PreparedImport } from '../prepare-import';

const sourceWords = { backup: 'a Good Enough backup', dayone: 'a Day One export', jrnl: 'a jrnl export' } as const;

const droppedWords: Record<DroppedSetting['reason'], string> = {
  lock: 'lock settings are only ever changed here, on this device',
  unknown: 'not a setting this app has',
  invalid: 'not a value this setting can have',
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What an import will do, in plain numbers, before anything is written. */
export function ImportPreview({ prepared }: { prepared: Extract<PreparedImport, { ok: true }> }) {
  const { entries, runs } = prepared.preview;
  const line = (label: string, counts: { added: number; updated: number; unchanged: number }) =>
    `${label}: ${counts.added} new, ${counts.updated} updated, ${counts.unchanged} already here.`;
  const keptBoth = entries.keptBoth + runs.keptBoth;
  return (
    <div className="prose">
      <p>This is {sourceWords[prepared.kind]}.</p>
      <ul>
        <li>{line('Entries', entries)}</li>
        {prepared.kind === 'backup' ? <li>{line('Experiment runs', runs)}</li> : null}
      </ul>
      {prepared.journals.length > 0 ? (
        <>
          <p>It holds {prepared.journals.length} journals; each entry is tagged with the journal it came from:</p>
          <ul aria-label="Journals in this file">
            {prepared.journals.map((journal, index) => (
              <li key={`${index}-${journal.name}`}>
                {journal.name}: {plural(journal.entries, 'entry', 'entries')}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {keptBoth > 0 ? (
        <p>
          {plural(keptBoth, 'thing was', 'things were')} changed both here and in the file. Both versions will be kept:
          the newer one as it is, the other as a separate copy.
        </p>
      ) : null}
      {prepared.droppedSettings.length > 0 ? (
        <>
          <p>These settings in the file will be left as they are here:</p>
          <ul aria-label="Settings left out">
            {prepared.droppedSettings.map((setting) => (
              <li key={setting.key}>
                {setting.label ?? `"${setting.key}"`}: {droppedWords[setting.reason]}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {prepared.notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
      <p>Where the file has a newer version of something, it is used. Nothing in your journal will be removed.</p>
    </div>
  );
}
