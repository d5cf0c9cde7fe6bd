import { useId } from 'react';

export interface Choice<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

interface ChoiceGroupProps<V extends string> {
  legend: string;
  choices: Choice<V>[];
  value: V | null;
  onChange: (value: V | null) => void;
  /** Offer "Clear choice" so an answer can be taken back (every answer is optional). */
  clearable?: boolean;
}

/** Radio buttons in a fieldset, each a full-width 44 px target, optionally clearable. */
export function ChoiceGroup<V extends string>({
  legend,
  choices,
  value,
  onChange,
  clearable = true,
}: ChoiceGroupProps<V>) {
  const name = useId();
  return (
    <fieldset className="choices">
      <legend className="field-label">{legend}</legend>
      {choices.map((choice) => (
        // The hint describes the choice rather than naming it, so "No" is simply "No".
        <label key={choice.value} className="choice">
          <input
            autoComplete="off"
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            aria-describedby={choice.hint ? `${name}-${choice.value}-hint` : undefined}
            onChange={() => onChange(choice.value)}
          />
          <span>
            <span className="choice__label">{choice.label}</span>
            {choice.hint ? (
              <span className="choice__hint" id={`${name}-${choice.value}-hint`} aria-hidden="true">
                {choice.hint}
              </span>
            ) : null}
          </span>
        </label>
      ))}
      {clearable && value !== null ? (
        <button type="button" className="link-button" onClick={() => onChange(null)}>
          Clear choice <span className="visually-hidden">for {legend}</span>
        </button>
      ) : null}
    </fieldset>
  );
}
