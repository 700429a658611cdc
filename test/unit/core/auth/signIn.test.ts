import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAppCore } from '../../../../src/core/app/appCore';
import { answerInBrowser, coreWithOrg } from '../../../support/signInScript';
import { afterThisTest, orgAndCore } from '../../../support/connectedCore';
import { freePort } from '../../../support/freePort';

describe('Connect to Salesforce (PKCE through the roadbook: deep link)', () => {
  it('opens the system browser with PKCE S256 and state, then connects on the callback', async () => {
    const { core, fake, lastOpened, signIn } = await orgAndCore();
    const outcome = await signIn();
    expect(outcome).toEqual({ handled: true, message: 'Connected to Salesforce.' });
    const authorize = new URL(lastOpened());
    expect(authorize.origin + authorize.pathname).toBe(`${fake.url}/services/oauth2/authorize`);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('redirect_uri')).toBe('roadbook://oauth/callback');
    expect(authorize.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(authorize.searchParams.has('client_secret')).toBe(false);
    const state = await core.auth.state();
    expect(state.pending).toBeNull();
    expect(state.lastError).toBeNull();
    expect(state.connections).toEqual([
      expect.objectContaining({
        key: `${fake.orgId}-${fake.userId}`,
        orgName: 'Roadbook Fake Org',
        displayName: fake.control.state().users[0]!.name,
        state: 'connected',
        active: true,
      }),
    ]);
    await expect(
      core.auth.activeConnection().query('SELECT COUNT() FROM Account'),
    ).resolves.toHaveProperty('totalSize');
  });

  it('shows the pending sign-in, and Cancel clears it', async () => {
    const { core, fake } = await orgAndCore({ autoApprove: true });
    const waiting = await core.auth.connect({ loginHost: fake.url, clientId: fake.clientId });
    expect(waiting.pending).toMatchObject({ loginHost: new URL(fake.url).host });
    expect((await core.auth.cancel()).pending).toBeNull();
  });

  it.each([
    ['a forged state', (u: URL) => u.searchParams.set('state', 'forged')],
    ['a missing state', (u: URL) => u.searchParams.delete('state')],
    ['another host', (u: URL) => (u.host = 'evil')],
    ['another path', (u: URL) => (u.pathname = '/other')],
  ])('ignores a callback with %s, and the real one still works', async (_name, tamper) => {
    const { core, fake, lastOpened } = await orgAndCore({ autoApprove: true });
    await core.auth.connect({ loginHost: fake.url, clientId: fake.clientId });
    const real = await answerInBrowser(lastOpened());
    const forged = new URL(real);
    tamper(forged);
    expect((await core.handleDeepLink(forged.toString())).handled).toBe(false);
    const state = await core.auth.state();
    expect(state.connections).toEqual([]);
    expect(state.pending).not.toBeNull();
    expect((await core.handleDeepLink(real)).handled).toBe(true);
  });

  it('ignores a link with another scheme without touching the pending sign-in', async () => {
    const { core, fake, lastOpened } = await orgAndCore({ autoApprove: true });
    await core.auth.connect({ loginHost: fake.url, clientId: fake.clientId });
    const real = new URL(await answerInBrowser(lastOpened()));
    const https = `https://oauth/callback${real.search}`;
    expect((await core.handleDeepLink(https)).handled).toBe(false);
    expect((await core.auth.state()).pending).not.toBeNull();
  });

  it('ignores a replayed callback once signed in', async () => {
    const { core, fake, lastOpened } = await orgAndCore({ autoApprove: true });
    await core.auth.connect({ loginHost: fake.url, clientId: fake.clientId });
    const callback = await answerInBrowser(lastOpened());
    await core.handleDeepLink(callback);
    const replay = await core.handleDeepLink(callback);
    expect(replay).toEqual({
      handled: false,
      message: 'No sign-in is in progress, so the link was ignored.',
    });
    expect((await core.auth.state()).connections).toHaveLength(1);
  });

  it('refuses a callback after the 15-minute window and says so', async () => {
    let clock = Date.now();
    const { core, fake, lastOpened } = await orgAndCore(
      { autoApprove: true },
      { now: () => clock },
    );
    await core.auth.connect({ loginHost: fake.url, clientId: fake.clientId });
    const callback = await answerInBrowser(lastOpened());
    clock += 16 * 60_000;
    const outcome = await core.handleDeepLink(callback);
    expect(outcome.message).toBe('The sign-in took longer than 15 minutes — start it again.');
    const state = await core.auth.state();
    expect(state).toMatchObject({
      pending: null,
      connections: [],
      lastError: { code: 'SIGN_IN_TIMED_OUT' },
    });
  });

  it('reports access_denied in a rep’s words', async () => {
    const { core, fake, lastOpened } = await orgAndCore();
    await core.auth.connect({ loginHost: fake.url, clientId: fake.clientId });
    await core.handleDeepLink(await answerInBrowser(lastOpened(), 'deny'));
    expect((await core.auth.state()).lastError).toEqual({
      code: 'ACCESS_DENIED',
      message: 'You chose not to allow Roadbook in the browser, so nothing was connected.',
    });
  });

  it('reports a callback without a code', async () => {
    const { core, fake, lastOpened } = await orgAndCore({ autoApprove: true });
    await core.auth.connect({ loginHost: fake.url, clientId: fake.clientId });
    const state = new URL(lastOpened()).searchParams.get('state')!;
    await core.handleDeepLink(`roadbook://oauth/callback?state=${state}`);
    expect((await core.auth.state()).lastError).toMatchObject({ code: 'NO_CODE' });
  });

  it('reports a verifier Salesforce rejects', async () => {
    const { core, deps, fake, lastOpened } = await orgAndCore({ autoApprove: true });
    await core.auth.connect({ loginHost: fake.url, clientId: fake.clientId });
    const flow = deps.settings.get<Record<string, unknown>>('auth.pending')!;
    deps.settings.set('auth.pending', { ...flow, verifier: 'x'.repeat(64) });
    await core.handleDeepLink(await answerInBrowser(lastOpened()));
    expect((await core.auth.state()).lastError).toEqual({
      code: 'VERIFIER_REJECTED',
      message:
        'Salesforce could not confirm this sign-in was started by Roadbook — start it again.',
    });
  });

  it('reports an expired sign-in code in words', async () => {
    const { core, fake, lastOpened } = await orgAndCore({ autoApprove: true });
    await core.auth.connect({ loginHost: fake.url, clientId: fake.clientId });
    const callback = await answerInBrowser(lastOpened());
    fake.control.advanceClock(16 * 60_000);
    await core.handleDeepLink(callback);
    expect((await core.auth.state()).lastError?.message).toBe(
      'Salesforce says the sign-in code expired — try again.',
    );
  });

  it('completes a sign-in begun before the app restarted', async () => {
    const { core, deps, fake, lastOpened } = await orgAndCore({ autoApprove: true });
    await core.auth.connect({ loginHost: fake.url, clientId: fake.clientId });
    const callback = await answerInBrowser(lastOpened());
    const restarted = createAppCore(deps);
    try {
      expect((await restarted.handleDeepLink(callback)).handled).toBe(true);
      expect((await restarted.auth.state()).connections).toHaveLength(1);
    } finally {
      // The sign-in starts a sync: it ends before the test's folder goes.
      await restarted.sync.stop({ waitMs: 5_000 });
    }
  });

  it('refuses login hosts that are not Salesforce, before opening any browser', async () => {
    const { core, opened, fake } = await orgAndCore(
      { autoApprove: true },
      { allowLocalhost: false },
    );
    await expect(
      core.auth.connect({ loginHost: fake.url, clientId: fake.clientId }),
    ).rejects.toThrow(/https/);
    await expect(
      core.auth.connect({ loginHost: 'https://evil.example', clientId: fake.clientId }),
    ).rejects.toThrow(/not a Salesforce login address/);
    expect(opened).toEqual([]);
  });

  it('signs in through the loopback fallback where the scheme is not registered', async () => {
    const port = await freePort();
    const callback = `http://localhost:${port}/oauth/callback`;
    const { core, fake, lastOpened } = await orgAndCore(
      { autoApprove: true, callbackUrls: [callback] },
      { loopbackPort: port },
    );
    await core.auth.connect({ loginHost: fake.url, clientId: fake.clientId });
    expect(new URL(lastOpened()).searchParams.get('redirect_uri')).toBe(callback);
    const page = await fetch(lastOpened());
    expect(await page.text()).toContain('Signed in');
    expect((await core.auth.state()).connections).toHaveLength(1);
    await expect(fetch(callback)).rejects.toThrow();
  });

  it('keeps several orgs, one active, and switches between them', async () => {
    const first = await orgAndCore({ autoApprove: true, seed: 1, orgName: 'Production' });
    await first.signIn();
    const second = await coreWithOrg(
      { autoApprove: true, seed: 2, orgName: 'Sandbox' },
      { ...first.deps, openExternal: async (url) => void first.opened.push(url) },
    );
    afterThisTest(() => second.fake.stop());
    await first.core.auth.connect({ loginHost: second.fake.url, clientId: second.fake.clientId });
    await first.core.handleDeepLink(await answerInBrowser(first.lastOpened()));
    const state = await first.core.auth.state();
    expect(state.connections.map((c) => [c.orgName, c.active])).toEqual([
      ['Production', false],
      ['Sandbox', true],
    ]);
    const switched = await first.core.auth.switchTo(state.connections[0]!.key);
    expect(switched.connections.map((c) => c.active)).toEqual([true, false]);
    expect(fs.existsSync(first.dataDir)).toBe(true);
  });
});

describe('Connect when the machine gets in the way', () => {
  it(
    'answers Cancel and the next Connect while a half-sent request holds the loopback',
    {
      timeout: 20_000,
    },
    async () => {
      const port = await freePort();
      const { core, fake } = await orgAndCore({ autoApprove: true }, { loopbackPort: port });
      await core.auth.connect({ loginHost: fake.url, clientId: fake.clientId });
      const socket = (await import('node:net')).connect(port, 'localhost');
      afterThisTest(async () => void socket.destroy());
      socket.on('error', () => undefined);
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write('GET /oauth/callback?code=');
      expect((await core.auth.cancel()).pending).toBeNull();
      const again = await core.auth.connect({ loginHost: fake.url, clientId: fake.clientId });
      expect(again.pending).not.toBeNull();
    },
  );

  it('says so when the loopback port is taken, and leaves no sign-in pending', async () => {
    const blocker = (await import('node:http')).createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    afterThisTest(() => new Promise((resolve) => blocker.close(() => resolve())));
    const { core, fake, opened } = await orgAndCore({ autoApprove: true }, { loopbackPort: port });
    await expect(
      core.auth.connect({ loginHost: fake.url, clientId: fake.clientId }),
    ).rejects.toThrow(`localhost:${port}: another program is using that port`);
    expect(opened).toEqual([]);
    expect((await core.auth.state()).pending).toBeNull();
  });

  it('says so when the browser cannot be opened', async () => {
    const { core, fake } = await orgAndCore(
      { autoApprove: true },
      {
        openExternal: async () => {
          throw new Error('xdg-open: no method available');
        },
      },
    );
    await expect(
      core.auth.connect({ loginHost: fake.url, clientId: fake.clientId }),
    ).rejects.toThrow('Roadbook could not open your browser for the sign-in.');
    expect((await core.auth.state()).pending).toBeNull();
  });
});
