import fs from 'node:fs';
import { test as base, type Page } from '@playwright/test';
import type { AppCore } from '../../src/core/app/appCore';
import type { CallbackOutcome } from '../../src/core/auth/authService';
import { deepLinkScheme } from '../../src/core/deepLink/parseDeepLink';
import { startFakeOrg, type FakeOrg, type FakeOrgOptions } from '../fake-org';
import { answerInBrowser } from '../support/signInScript';
import { createTestCore } from '../support/testCore';
import { startTestBed } from '../web/testBed';

type Fixtures = {
  /** The org to start; tests pick a dataset with test.use({ orgOptions }). */
  orgOptions: FakeOrgOptions;
  fakeOrg: FakeOrg;
  /** The app, already connected to the fake org with its first sync finished. */
  synced: Page;
  testCore: ReturnType<typeof createTestCore>;
  core: AppCore;
  /** The app's page, loaded and showing the shell. */
  app: Page;
  /** URLs the app asked the operating system to open, in order. */
  externalOpens: string[];
  /** Deep links the "operating system" handed to the app, with the app's answer. */
  deepLinks: Array<{ url: string; outcome: CallbackOutcome }>;
  /** Every answer and event that crossed the bridge to the renderer. */
  traffic: unknown[];
};

/**
 * The core runs here, in the test's Node process, connected to a fake org; the page talks to it
 * over the test bed's bridge. The browser context plays the operating system: openExternal
 * opens a new tab, and any navigation to a roadbook: URL in any tab goes to the app's deep-link
 * entry.
 */
export const test = base.extend<Fixtures>({
  externalOpens: async ({}, use) => use([]),
  deepLinks: async ({}, use) => use([]),
  traffic: async ({}, use) => use([]),
  orgOptions: [{ dataset: 'tiny' }, { option: true }],
  fakeOrg: async ({ orgOptions }, use) => {
    const fake = await startFakeOrg(orgOptions);
    await use(fake);
    await fake.stop();
  },
  testCore: async ({ context, externalOpens, fakeOrg }, use) => {
    const testCore = createTestCore({
      defaultClientId: fakeOrg.clientId,
      defaultLoginHost: fakeOrg.url,
      openExternal: async (url) => {
        externalOpens.push(url);
        const tab = await context.newPage();
        await tab.goto(url).catch(() => undefined);
      },
    });
    await use(testCore);
    await testCore.core.sync.stop();
    await testCore.core.auth.close();
    // A view test's cache holds 100k leads (~250 MB): it goes with the test.
    fs.rmSync(testCore.dataDir, { recursive: true, force: true });
  },
  core: async ({ testCore }, use) => use(testCore.core),
  app: async ({ context, core, deepLinks, page, traffic }, use) => {
    const handOver = (url: string) =>
      void core.handleDeepLink(url).then((outcome) => deepLinks.push({ url, outcome }));
    // Links and script navigations to roadbook: show up as requests…
    context.on('request', (request) => {
      if (request.url().startsWith(`${deepLinkScheme}:`)) handOver(request.url());
    });
    const bed = await startTestBed({ core, onTraffic: (message) => traffic.push(message) });
    // …but headless Chromium drops a redirect to roadbook: after a form POST (Salesforce's
    // "Allow"), so page navigations outside the app are fetched here and such redirects handed over.
    const appOrigin = new URL(bed.url).origin;
    await context.route(
      (url) => url.origin !== appOrigin && url.protocol.startsWith('http'),
      async (route) => {
        if (!route.request().isNavigationRequest()) return route.continue();
        const response = await route.fetch({ maxRedirects: 0 }).catch(() => undefined);
        if (!response) return route.abort('failed');
        const location = response.headers()['location'];
        if (location?.startsWith(`${deepLinkScheme}:`)) {
          handOver(location);
          return route.fulfill({
            status: 200,
            contentType: 'text/html',
            body: '<p>You can close this tab and return to Roadbook.</p>',
          });
        }
        return route.fulfill({ response });
      },
    );
    await page.goto(bed.url);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await use(page);
    await bed.close();
  },
  synced: async ({ app, core, externalOpens, fakeOrg }, use) => {
    await core.auth.connect({ loginHost: fakeOrg.url, clientId: fakeOrg.clientId });
    const authorize = externalOpens.at(-1)!;
    await core.handleDeepLink(await answerInBrowser(authorize));
    await core.sync.syncNow();
    await app.getByRole('status', { name: /^Sync: Synced/ }).waitFor();
    await use(app);
  },
});

export { expect } from '@playwright/test';
