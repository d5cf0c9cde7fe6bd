/* global document */
{
  try {
    const a = JSON.parse(localStorage.getItem('good-enough:appearance') || '{}');
    const r = document.documentElement;
    if (a.theme === 'light' || a.theme === 'dark') r.dataset.theme = a.theme;
    if (a.textScale >= 1 && a.textScale <= 2) r.style.fontSize = a.textScale * 100 + '%';
  } catch {
    // Storage refused: the device's own theme and text size apply.
  }
}
