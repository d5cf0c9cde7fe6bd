import { defineConfig } from 'vitest/config';

// The cross-engine scenarios: Node drives real Chromium, WebKit and Firefox against the
// production build (run `npm run build` first; `npm test` does).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/engines/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
