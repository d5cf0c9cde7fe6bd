import { useState } from 'react';
import { setSetting } from '../../../db/settings-repository';
import { useLockMode } from '../../../db/use-lock-mode';
import { settingsSections } from '../../../ui/paths';
import { useLockAfter } from '../hooks/use-lock-after';
import { useLockEverywhere } from '../hooks/use-lock-everywhere';
import { LOCK_AFTER_CHOICES, LOCK_AFTER_SETTING } from '../lock-settings-keys';
import { ChangePassphraseForm, RemoveLockForm, TurnOnForm } from './lock-forms';

// The registry checks the choice again when it is written.
type LockAfter = (typeof LOCK_AFTER_CHOICES)[number];

/** Settings: what the lock does and doesn't do, turning it on, and managing it once on. */
export function LockSettings() {
  const mode = useLockMode();
  const lockEverywhere = useLockEverywhere();
  const [form, setForm] = useState<'on' | 'change' | 'remove' | null>(null);
  const close = () => setForm(null);

  return (
    <section aria-labelledby={settingsSections.lock} className="stack">
      <h2 id={settingsSections.lock} className="section-title">
        Passphrase lock
      </h2>
      <p>
        With a passphrase, everything you write is encrypted on this device, and the journal asks for the passphrase
        when it opens. It protects you from someone who has your phone or a copy of its files. It can't protect you from
        someone watching your screen, or from a phone that has been tampered with.
      </p>
      {form === 'on' ? (
        // Stays until the encryption has finished, though the journal counts as locked from its start.
        <TurnOnForm onDone={close} />
      ) : mode === 'off' ? (
        <p className="actions">
          <button type="button" className="button" onClick={() => setForm('on')}>
            Set a passphrase
          </button>
        </p>
      ) : (
        <>
          <p className="quiet" data-testid="lock-state">
            Your journal is encrypted with your passphrase.
          </p>
          <LockAfter />
          {form === 'change' ? <ChangePassphraseForm onDone={close} /> : null}
          {form === 'remove' ? <RemoveLockForm onDone={close} /> : null}
          {form === null ? (
            <p className="actions">
              <button
                type="button"
                className="button"
                onClick={() => void lockEverywhere()}
                title="Lock the journal now"
              >
                Lock now
              </button>
              <button type="button" className="button button--quiet" onClick={() => setForm('change')}>
                Change passphrase
              </button>
              <button type="button" className="button button--quiet" onClick={() => setForm('remove')}>
                Remove the passphrase
              </button>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

function LockAfter() {
  const minutes = useLockAfter();
  if (minutes === undefined) return null;
  return (
    <div className="field">
      <label htmlFor="lock-after" className="field-label">
        Lock again after it has gone unused for
      </label>
      <p id="lock-after-hint" className="quiet">
        Unused means out of sight, or on screen with no typing, tapping or scrolling. Each tab locks by itself; the Lock
        button locks every tab at once.
      </p>
      <select
        id="lock-after"
        aria-describedby="lock-after-hint"
        className="input"
        value={minutes === null ? 'never' : String(minutes)}
        onChange={(event) =>
          void setSetting(
            LOCK_AFTER_SETTING,
            (event.target.value === 'never' ? null : Number(event.target.value)) as LockAfter,
          )
        }
      >
        {LOCK_AFTER_CHOICES.map((choice) => (
          <option key={String(choice)} value={choice === null ? 'never' : String(choice)}>
            {choice === null
              ? 'Never (only when I lock it or close the app)'
              : `${choice} minute${choice > 1 ? 's' : ''}`}
          </option>
        ))}
      </select>
    </div>
  );
}
