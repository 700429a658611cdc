import { defineConfig } from '@playwright/test';
import { electronBinary } from './test/electron/electronBinary';
import { chromiumArgs, findChromium } from './test/web/chromium';

// The real-Electron test runs only where the binary was downloaded (npm run dev, with internet);
// the browser test bed covers the renderer everywhere. Said here rather than as a skipped test.
if (!electronBinary && process.env['TEST_WORKER_INDEX'] === undefined)
  console.log(
    'Electron test not run: no Electron binary in node_modules/electron (npm run dev downloads it).',
  );

export default defineConfig({
  globalSetup: './test/support/leftoverTempCheck.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  // The views journeys take ~20 s alone and half a minute more on a loaded two-core machine; the
  // limit is there to stop a hang, not to time the app (the bench does that).
  timeout: 60_000,
  // An expectation waits for what the rep would see; on a loaded machine the first sync's worker
  // (compiled from source in the test bed) can take longer than Playwright's default 5 s to start.
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: { trace: 'retain-on-failure', locale: 'en-US' },
  projects: [
    {
      name: 'chromium',
      testDir: 'test/e2e',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: findChromium(), args: chromiumArgs },
      },
    },
    ...(electronBinary ? [{ name: 'electron', testDir: 'test/electron' }] : []),
  ],
});
