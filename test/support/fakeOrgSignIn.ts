import jsforce, { type Connection } from 'jsforce';
import type { FakeOrg } from '../fake-org';

export const apiVersion = '62.0';
export const callback = 'roadbook://oauth/callback';

export function oauth2For(fake: FakeOrg) {
  return new jsforce.OAuth2({
    loginUrl: fake.url,
    clientId: fake.clientId,
    redirectUri: callback,
    useVerifier: true,
  });
}

/** Follows the authorize redirect the way the OS hands Roadbook its deep link. */
export async function authorizeRedirect(url: string, init: RequestInit = {}): Promise<URL> {
  const response = await fetch(url, { ...init, redirect: 'manual' });
  const location = response.headers.get('location');
  if (response.status !== 302 || !location)
    throw new Error(`expected a redirect, got ${response.status}`);
  return new URL(location);
}

/** The whole PKCE web-server flow against an auto-approving org, as jsforce runs it. */
export async function signIn(fake: FakeOrg, state = 'state-1'): Promise<Connection> {
  const oauth2 = oauth2For(fake);
  const redirect = await authorizeRedirect(
    oauth2.getAuthorizationUrl({ scope: 'api refresh_token id', state }),
  );
  const conn = new jsforce.Connection({ oauth2, version: apiVersion });
  await conn.authorize(redirect.searchParams.get('code')!);
  return conn;
}

/** A jsforce call's rejection, for asserting on errorCode and message. */
export async function failure(
  promise: PromiseLike<unknown>,
): Promise<Error & { errorCode?: string; data?: unknown }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { errorCode?: string };
  }
  throw new Error('expected the call to fail');
}
