import { startFakeOrg, type FakeOrg, type FakeOrgOptions } from '../fake-org';
import { createTestCore, type TestCoreOptions } from './testCore';

/**
 * Plays the rep's browser: follows the authorize URL the core opened and returns where
 * Salesforce sent the browser back to (the roadbook: deep link), after Allow or Deny.
 */
export async function answerInBrowser(
  authorizeUrl: string,
  decision: 'allow' | 'deny' = 'allow',
): Promise<string> {
  const url = new URL(authorizeUrl);
  const form = new URLSearchParams(url.searchParams);
  form.set('decision', decision);
  const response = await fetch(`${url.origin}${url.pathname}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form,
    redirect: 'manual',
  });
  const location = response.headers.get('location');
  if (!location) throw new Error(`the sign-in page answered ${response.status} without a redirect`);
  return location;
}

/** A fake org and a core whose "system browser" records what it was asked to open. */
export async function coreWithOrg(
  orgOptions: FakeOrgOptions = {},
  coreOptions: TestCoreOptions = {},
) {
  const fake: FakeOrg = await startFakeOrg(orgOptions);
  const opened: string[] = [];
  const test = createTestCore({
    defaultClientId: fake.clientId,
    openExternal: async (url) => {
      opened.push(url);
    },
    ...coreOptions,
  });
  const lastOpened = () => {
    const url = opened.at(-1);
    if (!url) throw new Error('the core opened no browser');
    return url;
  };
  /** Connect, approve in the "browser", hand the redirect back: the whole happy path. */
  const signIn = async () => {
    await test.core.auth.connect({ loginHost: fake.url, clientId: fake.clientId });
    return test.core.handleDeepLink(await answerInBrowser(lastOpened()));
  };
  return { fake, opened, lastOpened, signIn, ...test };
}
