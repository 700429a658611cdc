import fs from 'node:fs';
import net from 'node:net';
import { startFakeOrg } from '../fake-org';
import { createTestCore } from '../support/testCore';
import { expect, test } from './fixtures';
import { freePort } from '../support/freePort';

/** Resolves with how long the promise took, or fails the test when it takes longer than the bound. */
async function settlesWithin<T>(promise: Promise<T>, boundMs: number) {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not settled after ${boundMs} ms`)), boundMs);
  });
  try {
    await Promise.race([promise, late]);
    return Date.now() - started;
  } finally {
    clearTimeout(timer);
  }
}

test('hostile pages cannot break the loopback sign-in listener', async ({ page }) => {
  const port = await freePort();
  const callback = `http://localhost:${port}/oauth/callback`;
  const fake = await startFakeOrg({ autoApprove: true, callbackUrls: [callback] });
  const opened: string[] = [];
  const { core, dataDir } = createTestCore({
    defaultClientId: fake.clientId,
    loopbackPort: port,
    openExternal: async (url) => void opened.push(url),
  });
  const uncaught: unknown[] = [];
  const onUncaught = (error: unknown) => uncaught.push(error);
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);
  const sockets: net.Socket[] = [];
  try {
    await core.auth.connect({ loginHost: fake.url, clientId: fake.clientId });
    await page.setContent('<p>Any web page the rep happens to have open</p>');
    const answers = await page.evaluate(async (base) => {
      const targets = [
        `${base}//[`,
        `${base}/oauth/callback/%zz`,
        `${base}/%2e%2e/%2e%2e/etc/passwd`,
        `${base}/oauth/callback?code=forged&state=forged`,
        `${base}/oauth/callback?${'x'.repeat(200_000)}`,
        `${base}/oauth/callback#//[`,
      ];
      const sent = targets.map((url) =>
        fetch(url, { mode: 'no-cors' }).then(
          () => 'answered',
          () => 'refused',
        ),
      );
      sent.push(
        fetch(`${base}/oauth/callback`, { method: 'POST', mode: 'no-cors', body: 'code=x' }).then(
          () => 'answered',
          () => 'refused',
        ),
      );
      for (const url of targets) new Image().src = url;
      navigator.sendBeacon(`${base}//[`, 'x');
      return Promise.all(sent);
    }, `http://localhost:${port}`);
    expect(answers).toHaveLength(7);

    // Forged and malformed links leave the real sign-in waiting.
    expect((await core.auth.state()).pending).not.toBeNull();
    expect(await page.evaluate(() => document.title)).toBe('');

    // Requests that never finish, as a page or a program can leave them.
    for (const host of ['127.0.0.1', '::1']) {
      const socket = net.connect(port, host);
      socket.on('error', () => undefined);
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write('GET /oauth/callback?code=');
      sockets.push(socket);
    }
    const cancelMs = await settlesWithin(core.auth.cancel(), 5_000);
    const connectMs = await settlesWithin(
      core.auth.connect({ loginHost: fake.url, clientId: fake.clientId }),
      5_000,
    );
    test.info().annotations.push({
      type: 'measured',
      description: `Cancel ${cancelMs} ms, next Connect ${connectMs} ms`,
    });

    // The listener still signs the rep in through a real browser.
    await page.goto(opened.at(-1)!);
    await expect(page.getByText('Signed in. You can close this tab')).toBeVisible();
    expect((await core.auth.state()).connections).toHaveLength(1);
    expect(uncaught).toEqual([]);
  } finally {
    for (const socket of sockets) socket.destroy();
    process.off('uncaughtException', onUncaught);
    process.off('unhandledRejection', onUncaught);
    await core.auth.close();
    await fake.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
