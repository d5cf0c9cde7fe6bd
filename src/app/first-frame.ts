/**
 * Takes the static first frame (scripts/shell-plugin.ts) away once the app shows a screen of
 * its own. Until then the app's first renders are empty (the lock and the welcome are still
 * being read from IndexedDB), and clearing the frame then would blink. Every screen, the
 * unlock screen and the error screens too, has an h1; a MutationObserver's callback runs
 * before the browser paints the change, so the frame and the screen swap in one frame.
 */
export function removeFirstFrameWhenShown(frame: HTMLElement | null, root: HTMLElement): void {
  if (!frame) return;
  const done = () => {
    observer.disconnect();
    clearTimeout(fallback);
    frame.remove();
  };
  const observer = new MutationObserver(() => {
    if (root.querySelector('h1')) done();
  });
  observer.observe(root, { childList: true, subtree: true });
  // A screen without a heading must not stay hidden under the frame.
  const fallback = setTimeout(done, 10_000);
}
