import { useId, useState } from 'react';

interface PassphraseFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** `new-password` for a new passphrase, so password managers offer to keep it. */
  autoComplete: 'current-password' | 'new-password';
  name: string;
  hint?: string;
  autoFocus?: boolean;
}

/** A passphrase box with a Show/Hide switch; the words stay in memory only. */
export function PassphraseField({ label, value, onChange, autoComplete, name, hint, autoFocus }: PassphraseFieldProps) {
  const id = useId();
  const hintId = useId();
  const [shown, setShown] = useState(false);
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className="passphrase">
        <input
          id={id}
          name={name}
          className="input"
          type={shown ? 'text' : 'password'}
          value={value}
          autoComplete={autoComplete}
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          // eslint-disable-next-line jsx-a11y/no-autofocus -- the unlock screen has one job
          autoFocus={autoFocus}
          aria-describedby={hint ? hintId : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        <button
          type="button"
          className="button button--quiet"
          aria-pressed={shown}
          aria-label={`Show ${label.toLowerCase()}`}
          onClick={() => setShown((now) => !now)}
        >
          Show
        </button>
      </div>
      {hint ? (
        <p id={hintId} className="field-hint" aria-live="polite">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
