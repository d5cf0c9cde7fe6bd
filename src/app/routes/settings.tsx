import { BackupPanel } from '../../features/backup/components/backup-panel';
import { DeleteEverything } from '../../features/backup/components/delete-everything';
import { CareNoteText } from '../../features/care/components/care-note';
import { InstallSection } from '../../features/install/components/install-section';
import { findQuestion, usePacks } from '../../features/packs/hooks/use-packs';
import { LockSettings } from '../../features/lock/components/lock-settings';
import { ReminderMaker } from '../../features/reminders/components/reminder-maker';
import { StorageStatus } from '../../features/settings/components/storage-status';
import { Page } from '../../ui/page';
import { useFocusSectionInAddress } from './use-focus-section';

export function SettingsRoute() {
  const packs = usePacks();
  useFocusSectionInAddress();
  const questionText = (questionId: string) =>
    packs.status === 'ready' ? (findQuestion(packs.packs, questionId)?.question.text ?? null) : null;
  return (
    <Page title="Settings">
      <div className="stack">
        <StorageStatus />
        <BackupPanel questionText={questionText} />
        <LockSettings />
        <ReminderMaker />
        <InstallSection />
        <section aria-labelledby="privacy-heading">
          <h2 id="privacy-heading" className="section-title">
            Privacy
          </h2>
          <p>
            Good Enough has no account, no server and no analytics. It never contacts anyone. Your journal leaves this
            device only if you export it yourself.
          </p>
        </section>
        <section aria-labelledby="care-heading">
          <h2 id="care-heading" className="section-title">
            A note of care
          </h2>
          <CareNoteText />
        </section>
        <DeleteEverything />
        <p className="quiet">Good Enough {__APP_VERSION__}</p>
      </div>
    </Page>
  );
}
