import { readFileSync } from 'node:fs';
import { minifySync, type Plugin } from 'vite';
import { TABS } from '../src/app/tabs.ts';
import { GREETINGS } from '../src/features/today/greetings.ts';
import { HELLO, WELCOME_STEPS } from '../src/features/welcome/hello-text.ts';
import { ICON_PATHS } from '../src/ui/icon-paths.ts';
import { paths } from '../src/ui/paths.ts';

const icon = (name: keyof typeof ICON_PATHS) =>
  `<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="${ICON_PATHS[name]}" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

/**
 * Today's static frame: its heading (every greeting; scripts/first-paint.js picks the hour's,
 * and without scripts a plain "Hello" shows), the date line (written by first-paint.js through
 * a CSS variable) and Write, a plain link that works before the app does.
 */
const today =
  `<article class="page first-frame__today"><header class="page__header"><h1 class="page__title">` +
  Object.entries(GREETINGS)
    .map(([part, text]) => `<span data-greeting="${part}">${text}</span>`)
    .join('') +
  `<span data-greeting="">Hello</span></h1></header>` +
  `<p class="today-date first-frame__date"></p>` +
  `<p><a class="button" href="${paths.newEntry()}">Write</a></p></article>`;

/** The welcome's first step, without its buttons: they appear below the words when the app starts. */
const welcome =
  `<article class="page welcome first-frame__welcome"><header class="page__header">` +
  `<p class="page__eyebrow">Step 1 of ${WELCOME_STEPS.length}</p><h1 class="page__title">${WELCOME_STEPS[0]}</h1></header>` +
  `<div class="prose"><p>${HELLO.intro}</p><p><strong>${HELLO.promise}</strong> ${HELLO.promiseMore}</p></div></article>`;

const tabs = TABS.map(
  (tab) => `<a class="tabbar__link" href="${tab.to}">${icon(tab.icon)}<span>${tab.label}</span></a>`,
).join('');

/**
 * The first frame: the app's shell (the same markup and classes as src/app/layout.tsx) with
 * Today's frame and the welcome's inside, so the first paint needs no JavaScript. CSS shows
 * the one first-paint.js chose (src/app/styles/first-frame.css). It lies over the app's root
 * until the app has a screen to show, then src/app/first-frame.ts removes it in the same
 * frame: nothing blinks, nothing moves.
 */
const frame =
  `<div id="first-frame" class="first-frame"><div class="shell">` +
  `<a class="skip-link" href="#main">Skip to content</a>` +
  `<header class="topbar"><span class="topbar__name">Good Enough</span></header>` +
  `<main id="main" class="main"><noscript><p>Good Enough needs JavaScript to keep your journal on this device. Please turn it on to continue.</p></noscript>` +
  `${today}${welcome}</main>` +
  `<nav class="tabbar" aria-label="Main">${tabs}</nav></div></div>`;

/*
 * The script that runs before the first paint. Its source keeps its comments; the build ships it
 * minified (it is fetched, render-blocking, before anything shows), the dev server as written.
 */
const FIRST_PAINT = new URL('./first-paint.js', import.meta.url);

export function staticShell(): Plugin {
  return {
    name: 'good-enough-static-shell',
    configureServer(server) {
      server.middlewares.use('/first-paint.js', (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript');
        response.end(readFileSync(FIRST_PAINT, 'utf8'));
      });
    },
    generateBundle() {
      const { code, errors } = minifySync('first-paint.js', readFileSync(FIRST_PAINT, 'utf8'));
      if (errors.length > 0) throw new Error(`first-paint.js: ${errors.map((error) => error.message).join('; ')}`);
      this.emitFile({ type: 'asset', fileName: 'first-paint.js', source: code });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        let out = html.replace('<div id="root"></div>', `${frame}<div id="root"></div>`);
        // The frame is painted whole or not at all: a busy phone's parser can stop mid-frame and
        // the browser paint what it has (a tab bar of icons alone, the words arriving a frame
        // later, every icon moving up). Engines without explicit render-blocking ignore the tag.
        out = out.replace('</head>', `<link rel="expect" href="#root" blocking="render">\n</head>`);
        // In the build, the app's modules are listed for first-paint.js to start after the first
        // paint, instead of Vite's tags that fetch them at once. (The dev server has no bundle.)
        if (context.bundle) {
          let entry = '';
          const modules: string[] = [];
          out = out.replace(/\s*<script type="module" crossorigin src="([^"]+)"><\/script>/, (_, src: string) => {
            entry = src;
            return '';
          });
          out = out.replace(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g, (_, href: string) => {
            modules.push(href);
            return '';
          });
          if (!entry) throw new Error('shell-plugin: the entry module tag was not found');
          const list = [entry, ...modules].join(' ');
          out = out.replace('</head>', `<meta name="good-enough-modules" content="${list}">\n</head>`);
        }
        return out;
      },
    },
  };
}
