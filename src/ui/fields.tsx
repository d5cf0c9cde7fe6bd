import { type InputHTMLAttributes, useId } from 'react';
import { MAX_WORDS_LENGTH } from '../domain/bounds';

interface TextAreaFieldProps {
  label: string;
  /** The form field's name; also how tests and autofill tools find it. */
  name: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  placeholder?: string;
  rows?: number;
}

/**
 * A labelled multi-line field; its hint is read out with it. Every field that holds journal
 * words says autocomplete="off": otherwise Chromium keeps their contents in its session-restore
 * files on disk, outside the journal's encryption (found by tests/e2e/lock.spec.ts).
 */
export function TextAreaField({ label, name, value, onChange, hint, placeholder, rows = 4 }: TextAreaFieldProps) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <textarea
        autoComplete="off"
        id={id}
        name={name}
        className="input"
        rows={rows}
        maxLength={MAX_WORDS_LENGTH}
        value={value}
        placeholder={placeholder}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

interface InputFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
}

/** A labelled one-line field (text, date...). */
export function InputField({ label, value, onChange, ...rest }: InputFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        autoComplete="off"
        id={id}
        className="input"
        maxLength={MAX_WORDS_LENGTH}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...rest}
      />
    </div>
  );
}
