/**
 * Scripts the benchmark puts into every page it opens. They time things from inside the page
 * (performance.now, Event Timing), so the round trips of the driver never count.
 */

/**
 * Records when the Today screen became usable, and when the unlock screen appeared; every slow
 * event (Event Timing) and every long task (Long Tasks API: main-thread work over 50 ms).
 */
export const MARKS_SCRIPT = `
window.__name ??= (fn) => fn;
window.__bench = { marks: {}, events: [], longTasks: [], frames: [] };
const marks = window.__bench.marks;
const check = () => {
  if (marks.usable === undefined && document.querySelector('a[href="/journal/new"]') &&
      [...document.querySelectorAll('h2')].some((h) => h.textContent === 'Start where you are')) {
    marks.usable = performance.now();
  }
  if (marks.unlockScreen === undefined && document.getElementById('unlock-passphrase')) {
    marks.unlockScreen = performance.now();
  }
};
new MutationObserver(check).observe(document, { childList: true, subtree: true });
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.events.push({ name: entry.name, duration: entry.duration });
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
} catch {}
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {}
// Long animation frames name the scripts behind a long task (Chromium), to say what to fix.
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.blockingDuration <= 0) continue;
      window.__bench.frames.push({
        start: entry.startTime,
        duration: entry.duration,
        scripts: entry.scripts.map((script) => ({
          invoker: script.invoker,
          source: script.sourceFunctionName + ' ' + String(script.sourceURL).split('/').at(-1) + ':' + script.sourceCharPosition,
          duration: Math.round(script.duration),
        })),
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
} catch {}
`;

/**
 * Per keystroke: from the keydown's timestamp to the first frame after the page responded,
 * which is when the person sees it. `window.__keyMode` says what "responded" means: 'frame'
 * (the next frame: typing, where the text itself is the response) or 'results' (the next
 * frame after <main> changed: a search result list, which renders after the keystroke).
 */
export const KEY_LATENCY_SCRIPT = `
window.__keys = [];
window.__keyMode = 'frame';
let keyAt = null;
document.addEventListener('keydown', (event) => { keyAt = event.timeStamp; }, true);
const frameAfter = (from, record) => requestAnimationFrame(() => setTimeout(() => record(performance.now() - from), 0));
document.addEventListener('input', () => {
  if (keyAt === null) return;
  const from = keyAt;
  keyAt = null;
  if (window.__keyMode === 'frame') return frameAfter(from, (ms) => window.__keys.push(ms));
  let firstFrame = null;
  frameAfter(from, (ms) => { firstFrame = ms; });
  const main = document.querySelector('main') ?? document.body;
  let done = false;
  const observer = new MutationObserver(() => {
    if (done) return;
    done = true;
    observer.disconnect();
    frameAfter(from, (ms) => window.__keys.push(ms));
  });
  observer.observe(main, { childList: true, subtree: true, characterData: true });
  // Nothing on screen changed (the same results were already showing) by the next key or
  // 300 ms: the first frame is when the person saw the answer.
  const unchanged = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    window.__keys.push(firstFrame ?? 300);
  };
  document.addEventListener('keydown', unchanged, { capture: true, once: true });
  setTimeout(unchanged, 300);
}, true);
`;
