import { BackupPanel } from '../../features/backup/components/backup-panel';
import { DeleteEverything } from '../../features/backup/components/delete-everything';
import { HelpContent } from '../../features/care/components/help-content';
import { InstallSection } from '../../features/install/components/install-section';
import { findQuestion, usePacks } from '../../features/packs/hooks/use-packs';
import { LockSettings } from '../../features/lock/components/lock-settings';
import { SyncSettings } from '../../features/sync/components/sync-settings';
import { ReminderMaker } from '../../features/reminders/components/reminder-maker';
import { AppearanceSettings } from '../../features/settings/components/appearance-settings';
import { StorageStatus } from '../../features/settings/components/storage-status';
import { Page } from '../../ui/page';
import { MoveJournalOut } from '../journal-move/move-journal-out';
import { useFocusSectionInAddress } from './use-focus-section';

export function SettingsRoute() {
  const packs = usePacks();
  useFocusSectionInAddress();
  const questionText = (questionId: string) =>
    packs.status === 'ready' ? (findQuestion(packs.packs, questionId)?.question.text ?? null) : null;
  return (
    <Page title="Settings">
      <div className="stack">
        <AppearanceSettings />
        <LockSettings />
        <SyncSettings />
        <ReminderMaker />
        <StorageStatus />
        <InstallSection move={<MoveJournalOut />} />
        <BackupPanel questionText={questionText} />
        <section aria-labelledby="care-heading">
          <h2 id="care-heading" className="section-title">
            Get help
          </h2>
          <HelpContent headingLevel={3} />
        </section>
        <section aria-labelledby="about-heading">
          <h2 id="about-heading" className="section-title">
            About
          </h2>
          <p>
            Good Enough has no account, no server of ours and no analytics. It contacts no one but the server you give
            it for sync, and only if you turn sync on; what it sends there is encrypted first. Otherwise your journal
            leaves this device only if you export it yourself.
          </p>
          <p>
            Every word of the guided packs is the project&apos;s own: written for Good Enough by its team, not copied
            from any book, letter or worksheet. © 2026 the Good Enough team. You may share and adapt the packs for
            non-commercial use, if you name Good Enough and share what you make the same way, under the licence{' '}
            <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/" target="_blank" rel="noopener noreferrer">
              Creative Commons BY-NC-SA 4.0
            </a>
            . Everything you write is yours.
          </p>
          <p className="quiet">Good Enough {__APP_VERSION__}</p>
        </section>
        <DeleteEverything />
      </div>
    </Page>
  );
}
