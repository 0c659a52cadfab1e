import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'threads',
    // builds dist/ once when it is missing or stale: some tests spawn the real bin
    globalSetup: ['tests/setup/build.ts'],
  },
});
