import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify('test') },
  resolve: {
    alias: {
      // The PWA plugin is not loaded in unit tests; its virtual module gets a quiet stand-in.
      'virtual:pwa-register': fileURLToPath(new URL('./tests/helpers/pwa-register-stub.ts', import.meta.url)),
    },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/components/**/*.test.{ts,tsx}'],
    setupFiles: ['./tests/helpers/setup.ts'],
    restoreMocks: true,
    // Patience on a busy two-core machine; nothing here asserts speed.
    testTimeout: 30_000,
  },
});
