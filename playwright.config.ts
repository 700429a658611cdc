import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './test/web/chromium';

export default defineConfig({
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env['CI'],
  retries: 0,
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
    { name: 'electron', testDir: 'test/electron' },
  ],
});
