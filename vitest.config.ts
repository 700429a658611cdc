import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    globalSetup: ['test/support/leftoverTempCheck.ts'],
    setupFiles: ['test/support/vitestSetup.ts'],
  },
});
