import { useState } from 'react';
import { ChoiceGroup } from '../../../ui/choice-group';
import {
  type Appearance,
  readAppearance,
  saveAppearance,
  TEXT_SCALES,
  type TextScale,
  type Theme,
} from '../appearance';

const THEMES: { value: Theme; label: string }[] = [
  { value: 'system', label: 'Match this device' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];
const SIZE_NAMES: Record<TextScale, string> = { 1: 'Standard', 1.125: 'Large', 1.25: 'Larger', 1.5: 'Largest' };
const SIZES = TEXT_SCALES.map((scale) => ({ value: String(scale), label: SIZE_NAMES[scale] }));

/** Theme and text size, applied at once and kept for next time. */
export function AppearanceSettings() {
  const [appearance, setAppearance] = useState<Appearance>(readAppearance);
  const choose = (next: Appearance) => {
    setAppearance(next);
    saveAppearance(next);
  };
  return (
    <section aria-labelledby="appearance-heading" className="stack">
      <h2 id="appearance-heading" className="section-title">
        Appearance
      </h2>
      <ChoiceGroup<Theme>
        legend="Theme"
        choices={THEMES}
        value={appearance.theme}
        clearable={false}
        onChange={(theme) => choose({ ...appearance, theme: theme ?? 'system' })}
      />
      <ChoiceGroup<string>
        legend="Text size"
        choices={SIZES}
        value={String(appearance.textScale)}
        clearable={false}
        onChange={(size) =>
          choose({ ...appearance, textScale: TEXT_SCALES.find((scale) => String(scale) === size) ?? 1 })
        }
      />
      <p className="quiet">Your browser's own zoom and text settings work too.</p>
    </section>
  );
}
