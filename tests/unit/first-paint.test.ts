import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { dayLine } from '../../src/domain/dates';
import { greetingFor } from '../../src/features/today/components/greeting';
import { GREETINGS } from '../../src/features/today/greetings';

// From the checkout's root, where the tests run (jsdom's import.meta.url is no file address).
const SCRIPT = readFileSync('scripts/first-paint.js', 'utf8');

/** Runs first-paint.js as the browser would before the first paint, at a moment, on an address. */
function firstPaint(
  moment: number,
  pathname: string,
  stored: Record<string, string> = {},
  modules?: string,
  controlled = false,
  paintTiming = false,
  stillArriving = false,
) {
  const dataset: Record<string, string> = {};
  const properties: Record<string, string> = {};
  const style = { fontSize: '', setProperty: (name: string, value: string) => (properties[name] = value) };
  class PinnedDate extends Date {
    constructor(...args: []) {
      super(...((args.length ? args : [moment]) as []));
    }
  }
  const added: Record<string, string>[] = [];
  const onParsed: (() => void)[] = [];
  const page = {
    readyState: stillArriving ? 'loading' : 'interactive',
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'DOMContentLoaded') onParsed.push(listener);
    },
  };
  const frames: (() => void)[] = [];
  const timers: { run: () => void; delay: number }[] = [];
  const paintReports: ((
    list: { getEntriesByName: (name: string) => unknown[] },
    observer: { disconnect: () => void },
  ) => void)[] = [];
  // An engine with paint timing: the observer is kept, to be told of the paint by `reportPaint`.
  class PaintObserver {
    static supportedEntryTypes = ['paint'];
    constructor(report: (typeof paintReports)[number]) {
      paintReports.push(report);
    }
    observe() {}
    disconnect() {}
  }
  runInNewContext(SCRIPT, {
    ...(paintTiming ? { PerformanceObserver: PaintObserver } : {}),
    Date: PinnedDate,
    JSON,
    document: {
      documentElement: { dataset, style },
      visibilityState: 'visible',
      get readyState() {
        return page.readyState;
      },
      addEventListener: page.addEventListener,
      querySelector: () => (modules ? { content: modules, remove: () => {} } : null),
      createElement: () => ({}),
      head: { append: (element: Record<string, string>) => added.push(element) },
    },
    localStorage: { getItem: (key: string) => stored[key] ?? null },
    location: { pathname },
    navigator: { serviceWorker: { controller: controlled ? {} : null } },
    requestAnimationFrame: (run: () => void) => frames.push(run),
    setTimeout: (run: () => void, delay: number) => timers.push({ run, delay }),
  });
  /** The first frame painted, then every timer run, twice over. */
  const paint = () => {
    frames.forEach((run) => run());
    timers.forEach(({ run }) => run());
    timers.forEach(({ run }) => run());
  };
  /** The browser's report of the first contentful paint. */
  const reportPaint = () =>
    paintReports.forEach((report) =>
      report({ getEntriesByName: (name) => (name === 'first-contentful-paint' ? [{}] : []) }, { disconnect() {} }),
    );
  /** The first frame painted, then every timer due within `ms` of it. */
  const waitAfterFrame = (ms: number) => {
    frames.forEach((run) => run());
    timers.filter(({ delay }) => delay <= ms).forEach(({ run }) => run());
  };
  /** The rest of the page arrived and was parsed. */
  const parsed = () => {
    page.readyState = 'interactive';
    onParsed.splice(0).forEach((run) => run());
  };
  return { dataset, properties, style, added, paint, waitAfterFrame, reportPaint, parsed };
}

/** A fixed moment for the checks whose answer doesn't turn on the time: any day gives the same result. */
const MOMENT = new Date(2026, 5, 15, 10, 30).getTime();

describe('first-paint.js', () => {
  it('draws the greeting and date line the app draws, at every hour, on every weekday and in every month', () => {
    const start = new Date(2026, 0, 1).getTime();
    for (let hour = 0; hour < 24 * 366; hour += 13) {
      const moment = start + hour * 3_600_000;
      const { dataset, properties } = firstPaint(moment, '/');
      expect(GREETINGS[dataset.part as keyof typeof GREETINGS]).toBe(greetingFor(new Date(moment)));
      expect(JSON.parse(properties['--today-date']!)).toBe(dayLine(moment));
    }
  });

  it('picks the welcome on a first visit, Today after it, nothing of the app while locked, the bare shell elsewhere', () => {
    const now = MOMENT;
    const today = { 'good-enough:first-screen': 'today' };
    const locked = { 'good-enough:first-screen': 'locked' };
    expect(firstPaint(now, '/').dataset.start).toBe('welcome');
    expect(firstPaint(now, '/', today).dataset.start).toBe('today');
    expect(firstPaint(now, '/journal/new', today).dataset).toMatchObject({ start: 'other', tab: 'journal' });
    expect(firstPaint(now, '/settings', locked).dataset.start).toBe('locked');
    expect(firstPaint(now, '/', locked).dataset).toMatchObject({ start: 'locked', tab: 'today' });
  });

  it('shows the bare shell, not the welcome, to someone whose page a service worker already answers without the word', () => {
    // A version before the word was written: the person may be long past the welcome.
    expect(firstPaint(MOMENT, '/', {}, undefined, true).dataset.start).toBe('other');
    expect(firstPaint(MOMENT, '/', { 'good-enough:first-screen': 'today' }, undefined, true).dataset.start).toBe(
      'today',
    );
  });

  it('applies the chosen theme and text size, and ignores what is not one', () => {
    const chosen = { 'good-enough:appearance': JSON.stringify({ theme: 'dark', textScale: 1.5 }) };
    const painted = firstPaint(MOMENT, '/', chosen);
    expect(painted.dataset.theme).toBe('dark');
    expect(painted.style.fontSize).toBe('150%');
    const odd = firstPaint(MOMENT, '/', {
      'good-enough:appearance': JSON.stringify({ theme: 'red', textScale: 9 }),
    });
    expect(odd.dataset.theme).toBeUndefined();
    expect(odd.style.fontSize).toBe('');
  });

  it('starts the app only after the first frame: the entry module and its preloads, once', () => {
    const painted = firstPaint(MOMENT, '/', {}, '/assets/index-a.js /assets/react-b.js /assets/dexie-c.js');
    expect(painted.added).toEqual([]);
    painted.paint();
    expect(painted.added).toEqual([
      { rel: 'modulepreload', href: '/assets/react-b.js' },
      { rel: 'modulepreload', href: '/assets/dexie-c.js' },
      { type: 'module', src: '/assets/index-a.js' },
    ]);
  });

  it('where the browser reports paints, waits for the first contentful paint, not a frame (on a busy phone the paint comes later)', () => {
    const modules = '/assets/index-a.js /assets/react-b.js';
    const painted = firstPaint(MOMENT, '/', {}, modules, false, true);
    painted.waitAfterFrame(1000);
    expect(painted.added).toEqual([]);
    painted.reportPaint();
    expect(painted.added.map((element) => element.src ?? element.href)).toEqual([
      '/assets/react-b.js',
      '/assets/index-a.js',
    ]);
    // A locked journal's frame is blank, so no such report comes: it starts after the first frame.
    const locked = firstPaint(MOMENT, '/', { 'good-enough:first-screen': 'locked' }, modules, false, true);
    locked.paint();
    expect(locked.added).toHaveLength(2);
  });

  it('starts the app even if no paint is ever reported', () => {
    const painted = firstPaint(MOMENT, '/', {}, '/assets/index-a.js', false, true);
    painted.waitAfterFrame(1000);
    expect(painted.added).toEqual([]);
    painted.waitAfterFrame(3000);
    expect(painted.added).toEqual([{ type: 'module', src: '/assets/index-a.js' }]);
  });

  it('on a page still arriving when the paint comes, starts the app only once the page is parsed (its root is there)', () => {
    const modules = '/assets/index-a.js /assets/react-b.js';
    const painted = firstPaint(MOMENT, '/', {}, modules, false, true, true);
    painted.reportPaint();
    painted.waitAfterFrame(3000);
    expect(painted.added).toEqual([]);
    painted.parsed();
    expect(painted.added.map((element) => element.src ?? element.href)).toEqual([
      '/assets/react-b.js',
      '/assets/index-a.js',
    ]);
  });

  it('starts nothing where there is no list of modules (the dev server loads the app itself)', () => {
    const painted = firstPaint(MOMENT, '/');
    painted.paint();
    expect(painted.added).toEqual([]);
  });
});
