import { test as base, type Page } from '@playwright/test';
import { createAppCore, type AppCore, type DeepLinkOutcome } from '../../src/core/appCore';
import { deepLinkScheme } from '../../src/core/deepLink/parseDeepLink';
import { startTestBed } from '../web/testBed';

type Fixtures = {
  core: AppCore;
  /** The app's page, loaded and showing the shell. */
  app: Page;
  /** URLs the app asked the operating system to open, in order. */
  externalOpens: string[];
  /** Deep links the "operating system" handed to the app, with the app's answer. */
  deepLinks: Array<{ url: string; outcome: DeepLinkOutcome }>;
};

/**
 * The core runs here, in the test's Node process; the page talks to it over the test bed's
 * bridge. The browser context plays the operating system: openExternal opens a new tab, and
 * any navigation to a roadbook: URL in any tab goes to the app's deep-link entry.
 */
export const test = base.extend<Fixtures>({
  externalOpens: async ({}, use) => use([]),
  deepLinks: async ({}, use) => use([]),
  core: async ({ context, externalOpens }, use) => {
    const core = createAppCore({
      info: { name: 'Roadbook', version: 'test', platform: 'web-test-bed' },
      openExternal: async (url) => {
        externalOpens.push(url);
        const tab = await context.newPage();
        await tab.goto(url).catch(() => undefined);
      },
      logger: { info: () => {}, warn: () => {}, error: () => {} },
    });
    await use(core);
  },
  app: async ({ context, core, deepLinks, page }, use) => {
    context.on('request', (request) => {
      const url = request.url();
      if (url.startsWith(`${deepLinkScheme}:`)) {
        void core.handleDeepLink(url).then((outcome) => deepLinks.push({ url, outcome }));
      }
    });
    const bed = await startTestBed({ core });
    await page.goto(bed.url);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await use(page);
    await bed.close();
  },
});

export { expect } from '@playwright/test';
