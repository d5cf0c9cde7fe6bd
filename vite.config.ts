import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './scripts/csp-plugin.ts';
import { contentPacks } from './scripts/packs-plugin.ts';
import { staticShell } from './scripts/shell-plugin.ts';

const promptsDir = fileURLToPath(new URL('./prompts', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // GOOD_ENOUGH_BUILD_LABEL marks a second build, so tests can serve "a new version". That
  // build also carries one extra, empty schema version (src/db/schema.ts), so tests can open a
  // newer database beside an older tab; `npm run build` never sets it.
  define: {
    __APP_VERSION__: JSON.stringify(version + (process.env.GOOD_ENOUGH_BUILD_LABEL ?? '')),
    __TEST_SCHEMA_VERSION__: JSON.stringify(Boolean(process.env.GOOD_ENOUGH_BUILD_LABEL)),
  },
  plugins: [
    react(),
    contentPacks(promptsDir),
    contentSecurityPolicy(),
    staticShell(),
    VitePWA({
      // The person decides when to reload: an update never interrupts writing.
      registerType: 'prompt',
      injectRegister: null,
      includeAssets: ['favicon.ico', 'icon.svg', 'apple-touch-icon-180x180.png', 'robots.txt'],
      manifest: {
        id: '/',
        name: 'Good Enough',
        short_name: 'Good Enough',
        description:
          'A private journal for meeting your own efforts with more kindness. Everything stays on your device.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#2f5d50',
        background_color: '#f7f3ec',
        categories: ['health', 'lifestyle', 'productivity'],
        icons: [
          { src: 'pwa-64x64.png', sizes: '64x64', type: 'image/png' },
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'maskable-icon-512x512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // The shell, the code and every content pack are precached, so the app opens offline.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,json,txt,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
  // Every browser the app supports preloads modules itself (Safari since 17, Firefox since 115):
  // the polyfill would only cost the first screen its bytes.
  build: { sourcemap: false, target: 'es2022', modulePreload: { polyfill: false } },
  // Workers are ES modules (every browser the app supports starts them), so they share chunks.
  worker: { format: 'es' },
});
