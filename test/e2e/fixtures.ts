import fs from 'node:fs';
import { expect, test as base, type Page } from '@playwright/test';
import type { AppCore } from '../../src/core/app/appCore';
import type { CallbackOutcome } from '../../src/core/auth/authService';
import { deepLinkScheme } from '../../src/core/deepLink/parseDeepLink';
import { preferencesFile } from '../../src/core/settings/preferencesFile';
import { startFakeOrg, type FakeOrg, type FakeOrgOptions } from '../fake-org';
import { answerInBrowser } from '../support/signInScript';
import { createTestCore } from '../support/testCore';
import { tempDir } from '../support/tempDir';
import { startTestBed, type TestBed } from '../web/testBed';

type TestCore = ReturnType<typeof createTestCore>;

type Fixtures = {
  /** The org to start; tests pick a dataset with test.use({ orgOptions }). */
  orgOptions: FakeOrgOptions;
  fakeOrg: FakeOrg;
  /**
   * Preferences in the data folder's preferences.json, as the app keeps them, rather than in
   * memory: what `restart` needs to find the sign-in and the saved views again.
   */
  settingsOnDisk: boolean;
  /** The app, already connected to the fake org with its first sync finished. */
  synced: Page;
  testCore: TestCore;
  core: AppCore;
  /** The bridge that serves the app's page and carries its calls to the core. */
  bed: TestBed;
  /** The app's page, loaded and showing the shell. */
  app: Page;
  /**
   * Quits the app and starts it again, as a rep would: the core stops as on quit and a new one
   * starts on the same data folder, then the window loads again in the same browser profile
   * (same origin, so its local storage stays). Answers the new core; `app` shows it.
   */
  restart: () => Promise<AppCore>;
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
  settingsOnDisk: [false, { option: true }],
  fakeOrg: async ({ orgOptions }, use) => {
    const fake = await startFakeOrg(orgOptions);
    await use(fake);
    await fake.stop();
  },
  testCore: async ({ context, externalOpens, fakeOrg, settingsOnDisk }, use) => {
    const dataDir = tempDir('core');
    const tabsOpening: Array<Promise<unknown>> = [];
    const testCore = createTestCore({
      dataDir,
      ...(settingsOnDisk ? { settings: preferencesFile(dataDir) } : {}),
      defaultClientId: fakeOrg.clientId,
      defaultLoginHost: fakeOrg.url,
      openExternal: async (url) => {
        externalOpens.push(url);
        const opening = context
          .newPage()
          .then((tab) => tab.goto(url))
          .catch(() => undefined);
        tabsOpening.push(opening);
        await opening;
      },
    });
    await use(testCore);
    // A tab still loading when the context closes can fail the test from inside Playwright
    // ("Object with guid response@… was not bound"): each one finishes loading first.
    await Promise.all(tabsOpening);
    await testCore.core.sync.stop();
    await testCore.core.auth.close();
    // A view test's cache holds 100k leads (~250 MB): it goes with the test.
    fs.rmSync(testCore.dataDir, { recursive: true, force: true });
    expect(testCore.breaches, 'answers and events outside the IPC contract').toEqual([]);
  },
  core: async ({ testCore }, use) => use(testCore.core),
  bed: async ({ core, testCore, traffic }, use) => {
    const bed = await startTestBed({
      core,
      onTraffic: (message) => traffic.push(message),
      onBreach: (message) => testCore.breaches.push(message),
    });
    await use(bed);
    await bed.close();
  },
  app: async ({ bed, context, core, deepLinks, page }, use) => {
    const handOver = (url: string) =>
      void core.handleDeepLink(url).then((outcome) => deepLinks.push({ url, outcome }));
    // Links and script navigations to roadbook: show up as requests…
    context.on('request', (request) => {
      if (request.url().startsWith(`${deepLinkScheme}:`)) handOver(request.url());
    });
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
  },
  restart: async ({ app, bed, testCore, traffic }, use) => {
    const running: Array<{ testCore: TestCore; bed: TestBed }> = [{ testCore, bed }];
    const stop = async (at: { testCore: TestCore; bed: TestBed }) => {
      await at.bed.close();
      // What quitting does (main's will-quit): the sync stops, the sign-in and caches close.
      await at.testCore.core.sync.stop();
      await at.testCore.core.auth.close();
    };
    await use(async () => {
      const port = Number(new URL(app.url()).port);
      await app.goto('about:blank');
      await stop(running.at(-1)!);
      const next = createTestCore({
        dataDir: testCore.dataDir,
        cipher: testCore.cipher,
        settings: preferencesFile(testCore.dataDir),
        defaultClientId: testCore.deps.defaultClientId,
        ...(testCore.deps.defaultLoginHost
          ? { defaultLoginHost: testCore.deps.defaultLoginHost }
          : {}),
        openExternal: testCore.deps.openExternal,
      });
      // The same port keeps the page's origin, and with it the browser profile's storage.
      const nextBed = await startTestBed({
        core: next.core,
        port,
        onTraffic: (message) => traffic.push(message),
        onBreach: (message) => testCore.breaches.push(message),
      });
      running.push({ testCore: next, bed: nextBed });
      await app.goto(nextBed.url);
      await app.getByRole('navigation', { name: 'Main' }).waitFor();
      // As main does once the window has loaded.
      next.core.sync.start();
      return next.core;
    });
    for (const at of running.slice(1)) {
      await stop(at);
      expect(at.testCore.breaches, 'answers and events outside the IPC contract').toEqual([]);
    }
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
