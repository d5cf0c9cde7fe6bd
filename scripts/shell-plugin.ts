import type { Plugin } from 'vite';
import { TABS } from '../src/app/tabs.ts';
import { ICON_PATHS } from '../src/ui/icon-paths.ts';

/**
 * Puts a static app shell (top bar and tabs, the same markup and classes as the app's layout)
 * into index.html, so the first paint needs no JavaScript. React replaces it when it starts;
 * the tabs are plain links, so they even work before then.
 */
export function staticShell(): Plugin {
  const icon = (name: keyof typeof ICON_PATHS) =>
    `<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="${ICON_PATHS[name]}" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
  const tabs = TABS.map(
    (tab) => `<a class="tabbar__link" href="${tab.to}">${icon(tab.icon)}<span>${tab.label}</span></a>`,
  ).join('');
  const shell =
    `<div class="shell"><header class="topbar"><span class="topbar__name">Good Enough</span></header>` +
    `<main id="main" class="main" aria-busy="true"></main>` +
    `<nav class="tabbar" aria-label="Main">${tabs}</nav></div>`;
  return {
    name: 'good-enough-static-shell',
    transformIndexHtml: (html) => html.replace('<div id="root"></div>', `<div id="root">${shell}</div>`),
  };
}
