import { afterEach, describe, expect, it, vi } from 'vitest';
import { removeFirstFrameWhenShown } from '../../src/app/first-frame';

/** The page as index.html has it: the static frame over an empty root. */
function page() {
  document.body.innerHTML = '<div id="first-frame"><nav aria-label="Main"></nav></div><div id="root"></div>';
  return { frame: document.getElementById('first-frame')!, root: document.getElementById('root')! };
}
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('the static first frame', () => {
  it('stays while the app has drawn no screen, with the half-drawn root hidden from screen readers', async () => {
    const { frame, root } = page();
    removeFirstFrameWhenShown(frame, root);
    root.innerHTML = '<div class="shell"><nav aria-label="Main"></nav><main></main></div>';
    await settled();
    expect(frame.isConnected).toBe(true);
    expect(root.getAttribute('aria-hidden')).toBe('true');
  });

  it('leaves, and the root is heard again, as soon as the app shows a screen with its heading', async () => {
    const { frame, root } = page();
    removeFirstFrameWhenShown(frame, root);
    root.innerHTML = '<div class="shell"><main><h1>Good morning</h1></main></div>';
    await settled();
    expect(frame.isConnected).toBe(false);
    expect(root.hasAttribute('aria-hidden')).toBe(false);
  });

  it('leaves anyway after ten seconds, so a screen without a heading is never kept hidden', () => {
    vi.useFakeTimers();
    const { frame, root } = page();
    removeFirstFrameWhenShown(frame, root);
    vi.advanceTimersByTime(9_999);
    expect(frame.isConnected).toBe(true);
    vi.advanceTimersByTime(1);
    expect(frame.isConnected).toBe(false);
    expect(root.hasAttribute('aria-hidden')).toBe(false);
  });

  it('touches nothing where there is no frame (the development server)', () => {
    const root = document.createElement('div');
    removeFirstFrameWhenShown(null, root);
    expect(root.hasAttribute('aria-hidden')).toBe(false);
  });
});
