import { useId } from 'react';
import type { Mood } from '../domain/records';

/** The five moods and their words, shared by the picker and the search filter. */
export const MOODS: { value: Mood; label: string }[] = [
  { value: 1, label: 'Very low' },
  { value: 2, label: 'Low' },
  { value: 3, label: 'Okay' },
  { value: 4, label: 'Good' },
  { value: 5, label: 'Very good' },
];

interface MoodPickerProps {
  value: Mood | null;
  onChange: (value: Mood | null) => void;
}

/** Five optional steps, as radio buttons in a row; picking the chosen one again clears it. */
export function MoodPicker({ value, onChange }: MoodPickerProps) {
  const name = useId();
  return (
    <fieldset className="mood">
      <legend className="field-label">
        Mood <span className="quiet">(optional)</span>
      </legend>
      <div className="mood__options">
        {MOODS.map((mood) => (
          <label key={mood.value} className="mood__option">
            <input
              autoComplete="off"
              type="radio"
              name={name}
              value={mood.value}
              checked={value === mood.value}
              onChange={() => onChange(mood.value)}
              onClick={() => value === mood.value && onChange(null)}
            />
            <span className="mood__dot" aria-hidden="true" data-mood={mood.value} />
            <span className="mood__label">{mood.label}</span>
          </label>
        ))}
      </div>
      {value !== null ? (
        <button type="button" className="link-button" onClick={() => onChange(null)}>
          Clear mood
        </button>
      ) : null}
    </fieldset>
  );
}
