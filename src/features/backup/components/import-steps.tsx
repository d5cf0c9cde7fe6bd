import { Dialog } from '../../../ui/dialog';
import { Notice } from '../../../ui/notice';
import type { useBackupActions } from '../hooks/use-backup-actions';
import { OpenBackupForm } from './backup-passphrase';
import { ImportPreview } from './import-preview';

type ImportActions = Pick<
  ReturnType<typeof useBackupActions>,
  'busy' | 'message' | 'prepared' | 'openWithPassphrase' | 'confirm' | 'cancel'
>;

/**
 * What follows choosing a file to bring in, wherever it was chosen (Settings, or the Home
 * Screen app's welcome): the outcome, a passphrase if the file has one, a kind refusal, and
 * the preview to confirm. Nothing is written until "Bring it in".
 */
export function ImportSteps({ busy, message, prepared, openWithPassphrase, confirm, cancel }: ImportActions) {
  return (
    <>
      {message ? <p role="status">{message}</p> : null}
      {prepared && !prepared.ok && prepared.needsPassphrase ? (
        <OpenBackupForm
          problem={prepared.problem}
          busy={busy === 'reading'}
          onOpen={(passphrase) => void openWithPassphrase(passphrase)}
          onCancel={cancel}
        />
      ) : null}
      {prepared && !prepared.ok && !prepared.needsPassphrase ? (
        <Notice tone="warm" role="alert" title="That file wasn't brought in">
          <p>{prepared.problem}</p>
          <p>Your journal is exactly as it was.</p>
        </Notice>
      ) : null}
      <Dialog
        open={Boolean(prepared?.ok)}
        title="Bring this in?"
        onClose={cancel}
        actions={
          <>
            <button type="button" className="button button--quiet" onClick={cancel}>
              Not now
            </button>
            <button
              type="button"
              name="confirm-import"
              className="button"
              onClick={() => void confirm()}
              disabled={busy === 'importing'}
            >
              {busy === 'importing' ? 'Bringing it in...' : 'Bring it in'}
            </button>
          </>
        }
      >
        {prepared?.ok ? <ImportPreview prepared={prepared} /> : null}
      </Dialog>
    </>
  );
}
