import { useId } from 'react';

interface RatingProps {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  /** Words for the two ends, e.g. "not at all" and "completely". */
  low: string;
  high: string;
  /** "%" for how strongly something is believed; otherwise "out of 100". */
  unit?: '%' | 'of 100';
}

/**
 * A 0-100 rating on the native range input (touch, keyboard and screen readers all know it).
 * It can stay unset: until someone moves it, it says "Not rated" and the thumb is faint;
 * "Clear" makes it unset again. Unset is not zero.
 */
export function Rating({ label, value, onChange, low, high, unit = 'of 100' }: RatingProps) {
  const id = useId();
  const spoken = value === null ? 'Not rated' : unit === '%' ? `${value}%` : `${value} out of 100`;
  const shown = value === null ? 'Not rated' : unit === '%' ? `${value}%` : `${value}`;
  const setFromInput = (input: HTMLInputElement) => onChange(Number(input.value));

  return (
    <div className="rating" data-unset={value === null}>
      <div className="rating__top">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        <output htmlFor={id} className="rating__value" aria-hidden="true">
          {shown}
        </output>
      </div>
      <input
        autoComplete="off"
        id={id}
        className="rating__input"
        type="range"
        min={0}
        max={100}
        step={5}
        value={value ?? 50}
        aria-valuetext={spoken}
        onChange={(event) => setFromInput(event.currentTarget)}
        // A tap on the thumb of an unset rating, without moving it, still sets it.
        onClick={(event) => value === null && setFromInput(event.currentTarget)}
      />
      <div className="rating__ends" aria-hidden="true">
        <span>0 {low}</span>
        <span>100 {high}</span>
      </div>
      {value !== null ? (
        <button type="button" className="link-button" onClick={() => onChange(null)}>
          Clear <span className="visually-hidden">{label}</span>
        </button>
      ) : null}
    </div>
  );
}
