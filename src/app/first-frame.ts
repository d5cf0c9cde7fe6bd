/**
 * Takes the static first frame (scripts/shell-plugin.ts) away once the app shows a screen of
 * its own. Until then the app's first renders are empty or partial (the lock and the welcome
 * are still being read from IndexedDB, a screen's code may still be loading), and clearing the
 * frame then would blink. Every screen, the unlock screen and the error screens too, has an h1;
 * a MutationObserver's callback runs before the browser paints the change, so the frame and the
 * screen swap in one frame.
 *
 * While the frame lies over the root, the root is hidden from assistive technology: a screen
 * reader would otherwise meet two tab bars, the frame's and the app's half-drawn one.
 */
export function removeFirstFrameWhenShown(frame: HTMLElement | null, root: HTMLElement): void {
  if (!frame) return;
  root.setAttribute('aria-hidden', 'true');
  const done = () => {
    observer.disconnect();
    clearTimeout(fallback);
    frame.remove();
    root.removeAttribute('aria-hidden');
  };
  const observer = new MutationObserver(() => {
    if (root.querySelector('h1')) done();
  });
  observer.observe(root, { childList: true, subtree: true });
  // A screen without a heading must not stay hidden under the frame.
  const fallback = setTimeout(done, 10_000);
}
