/**
 * Theme and text size. Kept in localStorage (they are not journal words, and must be read
 * synchronously before the first paint by scripts/first-paint.js, which mirrors `apply`).
 */
export type Theme = 'system' | 'light' | 'dark';
export const TEXT_SCALES = [1, 1.125, 1.25, 1.5] as const;
export type TextScale = (typeof TEXT_SCALES)[number];

export interface Appearance {
  theme: Theme;
  textScale: TextScale;
}

const KEY = 'good-enough:appearance';
const DEFAULTS: Appearance = { theme: 'system', textScale: 1 };
/** The page background of each theme, for the browser's own bar (tokens.css --color-bg). */
const BAR_COLOURS = { light: '#f7f3ec', dark: '#1b1a18' } as const;

export function readAppearance(): Appearance {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Appearance>;
    return {
      theme: saved.theme === 'light' || saved.theme === 'dark' ? saved.theme : 'system',
      textScale: TEXT_SCALES.find((scale) => scale === saved.textScale) ?? 1,
    };
  } catch {
    return DEFAULTS;
  }
}

export function saveAppearance(appearance: Appearance): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(appearance));
  } catch {
    // Storage refused: the choice still applies until the page is closed.
  }
  apply(appearance);
}

function apply({ theme, textScale }: Appearance): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  root.style.fontSize = textScale === 1 ? '' : `${textScale * 100}%`;
  // The browser's bar follows the page: one colour for a chosen theme, the pair otherwise.
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
    const scheme = meta.media.includes('dark') ? 'dark' : 'light';
    meta.content = BAR_COLOURS[theme === 'system' ? scheme : theme];
  }
}
