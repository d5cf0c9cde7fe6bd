/* global document, location, requestAnimationFrame */
/*
 * Runs in <head> before the first paint, so it must be small and wait for nothing. It decides
 * how the static first frame in index.html (scripts/shell-plugin.ts) looks, then starts the app
 * once that frame is on screen.
 */
{
  const root = document.documentElement;
  // Which static frame `/` shows: Today's for someone who has been here before (the app writes
  // "today" or "locked", src/app/first-screen-hint.ts), the welcome's on a first visit. Other
  // addresses show the bare shell, and so does a browser that refuses storage.
  let start = 'other';
  try {
    // The chosen theme and text size (src/features/settings/appearance.ts writes them), so a dark
    // choice never flashes light.
    const a = JSON.parse(localStorage.getItem('good-enough:appearance') || '{}');
    if (a.theme === 'light' || a.theme === 'dark') root.dataset.theme = a.theme;
    if (a.textScale >= 1 && a.textScale <= 2) root.style.fontSize = a.textScale * 100 + '%';
    // Without the word, a page its service worker answers has been opened before (by a version
    // that didn't write it yet): that person may be past the welcome, so the bare shell.
    start =
      localStorage.getItem('good-enough:first-screen') ||
      (globalThis.navigator?.serviceWorker?.controller ? 'other' : 'welcome');
  } catch {
    // Storage refused: the device's own theme and text size apply.
  }
  const path = location.pathname;
  // A locked journal shows nothing of the app until it is unlocked, wherever it opens.
  root.dataset.start = start === 'locked' || path === '/' ? start : 'other';
  // The tab the app will mark as current (its NavLinks match the first part of the address).
  root.dataset.tab = path.split('/')[1] || 'today';

  // Once the page is parsed, the frames not chosen leave it: a page (and a test) then holds one
  // heading at most until the app's own arrives. Without scripts both stay, the welcome hidden.
  document.addEventListener('DOMContentLoaded', () => {
    for (const frame of ['today', 'welcome']) {
      if (frame !== root.dataset.start) document.querySelector(`.first-frame__${frame}`)?.remove();
    }
  });

  // Today's heading and date line, as src/features/today/components/greeting.tsx draws them
  // (tests/unit/first-paint.test.ts holds the two equal).
  const now = new Date();
  const hour = now.getHours();
  root.dataset.part =
    hour < 5 ? 'night' : hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : hour < 23 ? 'evening' : 'night';
  const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const months = 'January February March April May June July August September October November December'.split(' ');
  // A CSS string drawn by the date line's ::before: the line exists before this script can reach it.
  root.style.setProperty(
    '--today-date',
    JSON.stringify(`${days[now.getDay()]} ${now.getDate()} ${months[now.getMonth()]}`),
  );

  // The app's modules start loading only after the static frame has been painted: loaded
  // earlier, a fast connection would have them parsed and running before the browser ever drew
  // the frame. The build lists them in a meta element (absent in development).
  let started = false;
  const startApp = () => {
    const list = document.querySelector('meta[name="good-enough-modules"]');
    if (started || !list) return;
    // An added module runs once it has loaded, page parsed or not. On a slow connection the
    // paint (or the safety start) can come with half the page, before the app's root exists.
    if (document.readyState === 'loading') return document.addEventListener('DOMContentLoaded', startApp);
    started = true;
    const [entry, ...preloads] = list.content.split(' ');
    for (const href of preloads) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      document.head.append(link);
    }
    const script = document.createElement('script');
    script.type = 'module';
    script.src = entry;
    document.head.append(script);
  };
  // Started when the browser reports the first contentful paint: the frame is on screen, not
  // only drawn. A frame's rendering opportunity is no sign of that on a busy phone, where the
  // paint can come hundreds of milliseconds after it. Where no such report will come (an engine
  // without paint timing; a locked journal's blank frame, which has nothing contentful), shortly
  // after the first frame instead, and a page opened in the background, which paints nothing
  // until it is shown, starts once it is parsed.
  const frameLater = () => requestAnimationFrame(() => setTimeout(startApp, 100));
  if (document.visibilityState === 'hidden') document.addEventListener('DOMContentLoaded', startApp);
  else if (root.dataset.start === 'locked' || !globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
    frameLater();
  } else {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      startApp();
    }).observe({ type: 'paint', buffered: true });
  }
  // Whatever happens to the paint, the app must start.
  setTimeout(startApp, 3000);
}
