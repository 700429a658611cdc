// Shows the app's window in Chromium: the renderer as main's app:// handler serves it (with the
// production CSP), window.api bridged to the app's real preload. The boot test looks at it.
// Every answer and push the page gets is checked against the contract; `onBreach` hears of
// those that do not match.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { isInvokeChannel } from '../../../src/core/ipc/invokeHandler';
import { eventChannels, type EventChannel } from '../../../src/shared/ipc/channels';
import { answerBreach, eventBreach } from '../contractAnswers';
import { chromiumArgs, findChromium } from '../../web/chromium';
import { bundleForPage } from '../../web/testBed';
import type { LaunchedApp } from './launchApp';

const here = path.dirname(fileURLToPath(import.meta.url));
// Chromium cannot load a custom scheme by itself: this origin stands for app://roadbook.
const origin = 'http://roadbook.invalid';

const isEventChannel = (channel: string): channel is EventChannel =>
  (eventChannels as readonly string[]).includes(channel);

export async function showWindow(
  app: LaunchedApp,
  onBreach: (message: string) => void,
): Promise<{ page: Page; close(): Promise<void> }> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const page = await browser.newPage({ viewport: { width: 1280, height: 820 }, locale: 'en-US' });
  await page.exposeBinding('__roadbookInvoke', async (_source, channel: string, input: unknown) => {
    const result = await app.call(channel, input);
    const breach =
      result.ok && isInvokeChannel(channel) ? answerBreach(channel, result.value) : undefined;
    if (breach) onBreach(breach);
    return result;
  });
  await page.addInitScript({ content: await bundleForPage(path.join(here, 'pageBridge.ts')) });
  const stop = app.onPush((channel, payload) => {
    const breach = isEventChannel(channel) ? eventBreach(channel, payload) : undefined;
    if (breach) onBreach(breach);
    page
      .evaluate(
        ([c, p]) =>
          (
            globalThis as unknown as { __roadbookPush(c: unknown, p: unknown): void }
          ).__roadbookPush(c, p),
        [channel, payload] as const,
      )
      .catch(() => undefined);
  });
  await page.route(`${origin}/**`, async (route) => {
    const url = route.request().url().replace(origin, 'app://roadbook');
    const answer = await app.request<{
      status: number;
      headers: Record<string, string>;
      body: string;
    }>({
      op: 'fetchAppRaw',
      url,
    });
    await route.fulfill({
      status: answer.status,
      headers: answer.headers,
      body: Buffer.from(answer.body, 'base64'),
    });
  });
  await page.goto(`${origin}/index.html`);
  return {
    page,
    async close() {
      stop();
      await browser.close();
    },
  };
}
