import { createHash } from 'node:crypto';
import jsforce from 'jsforce';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOrg, type FakeOrg } from '../../fake-org';
import {
  apiVersion,
  authorizeRedirect,
  callback,
  failure,
  oauth2For,
  signIn,
} from '../../support/fakeOrgSignIn';

let fake: FakeOrg;
afterEach(async () => fake?.stop());

describe('fake org OAuth 2.0 with PKCE', () => {
  it('signs in with a good verifier and answers with Salesforce’s token body', async () => {
    fake = await startFakeOrg({ autoApprove: true });
    const oauth2 = oauth2For(fake);
    const redirect = await authorizeRedirect(
      oauth2.getAuthorizationUrl({ scope: 'api refresh_token id', state: 'xyz' }),
    );
    expect(`${redirect.protocol}//${redirect.host}${redirect.pathname}`).toBe(callback);
    expect(redirect.searchParams.get('state')).toBe('xyz');
    const body = new URLSearchParams({
      grant_type: 'authorization_code',
      code: redirect.searchParams.get('code')!,
      client_id: fake.clientId,
      redirect_uri: callback,
      code_verifier: oauth2.codeVerifier!,
    });
    const response = await fetch(`${fake.url}/services/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json;charset=UTF-8');
    const token = (await response.json()) as Record<string, string>;
    expect(Object.keys(token).sort()).toEqual(
      [
        'access_token',
        'refresh_token',
        'signature',
        'scope',
        'instance_url',
        'id',
        'token_type',
        'issued_at',
      ].sort(),
    );
    expect(token['instance_url']).toBe(fake.url);
    expect(token['id']).toBe(`${fake.url}/id/${fake.orgId}/${fake.userId}`);
    expect(token['issued_at']).toMatch(/^\d{13}$/);
    expect(token['token_type']).toBe('Bearer');
    expect(token['signature']).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(token['access_token']!.startsWith(`${fake.orgId}!`)).toBe(true);
  });

  it('gives jsforce a working connection and identity', async () => {
    fake = await startFakeOrg({ autoApprove: true });
    const conn = await signIn(fake);
    expect(conn.userInfo).toMatchObject({ id: fake.userId, organizationId: fake.orgId });
    const identity = await conn.identity();
    expect(identity).toMatchObject({ user_id: fake.userId, organization_id: fake.orgId });
    const userinfo = (await fetch(`${fake.url}/services/oauth2/userinfo`, {
      headers: { Authorization: `Bearer ${conn.accessToken}` },
    }).then((r) => r.json())) as Record<string, unknown>;
    expect(userinfo).toMatchObject({
      user_id: fake.userId,
      sub: `${fake.url}/id/${fake.orgId}/${fake.userId}`,
    });
  });

  it('rejects a bad verifier, a reused code and an expired code with invalid_grant', async () => {
    fake = await startFakeOrg({ autoApprove: true });
    const first = oauth2For(fake);
    const url = first.getAuthorizationUrl({ state: 's' });
    const code = (await authorizeRedirect(url)).searchParams.get('code')!;
    const stranger = oauth2For(fake);
    const bad = await failure(stranger.requestToken(code));
    expect(bad).toMatchObject({ name: 'invalid_grant', message: 'invalid code verifier' });
    const reused = await failure(first.requestToken(code));
    expect(reused).toMatchObject({ name: 'invalid_grant', message: 'invalid authorization code' });

    const late = (
      await authorizeRedirect(first.getAuthorizationUrl({ state: 's' }))
    ).searchParams.get('code')!;
    fake.control.advanceClock(16 * 60_000);
    expect(await failure(first.requestToken(late))).toMatchObject({
      name: 'invalid_grant',
      message: 'expired authorization code',
    });
  });

  it('serves a sign-in page a person can use, and access_denied when they refuse', async () => {
    fake = await startFakeOrg();
    const oauth2 = oauth2For(fake);
    const url = oauth2.getAuthorizationUrl({ state: 'st' });
    const page = await fetch(url);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('Allow access?');
    expect(html).toMatch(/<button[^>]*value="allow"/);
    const params = new URLSearchParams(new URL(url).searchParams);
    params.set('decision', 'deny');
    const denied = await authorizeRedirect(`${fake.url}/services/oauth2/authorize`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: params,
    });
    expect(denied.searchParams.get('error')).toBe('access_denied');
    expect(denied.searchParams.get('state')).toBe('st');
    params.set('decision', 'allow');
    const allowed = await authorizeRedirect(`${fake.url}/services/oauth2/authorize`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: params,
    });
    expect(allowed.searchParams.get('code')).toBeTruthy();
  });

  it('never redirects to an unregistered callback or for an unknown client', async () => {
    fake = await startFakeOrg({ autoApprove: true });
    const evil = new jsforce.OAuth2({
      loginUrl: fake.url,
      clientId: fake.clientId,
      redirectUri: 'https://evil.example/cb',
    });
    const response = await fetch(evil.getAuthorizationUrl({}), { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('redirect_uri_mismatch');
    const unknown = new jsforce.OAuth2({
      loginUrl: fake.url,
      clientId: 'nope',
      redirectUri: callback,
    });
    const page = await fetch(unknown.getAuthorizationUrl({}), { redirect: 'manual' });
    expect(page.status).toBe(400);
    expect(await failure(unknown.requestToken('x'))).toMatchObject({ name: 'invalid_client_id' });
  });

  it('checks the S256 challenge when code_challenge_method is absent', async () => {
    fake = await startFakeOrg({ autoApprove: true });
    const oauth2 = oauth2For(fake);
    const url = new URL(oauth2.getAuthorizationUrl({}));
    expect(url.searchParams.has('code_challenge_method')).toBe(false);
    expect(url.searchParams.get('code_challenge')).toBe(
      createHash('sha256').update(oauth2.codeVerifier!).digest('base64url'),
    );
    const code = (await authorizeRedirect(url.toString())).searchParams.get('code')!;
    await expect(oauth2.requestToken(code)).resolves.toMatchObject({ token_type: 'Bearer' });
  });

  it('refreshes without rotation: no new refresh token, the old one keeps working', async () => {
    fake = await startFakeOrg({ autoApprove: true });
    const conn = await signIn(fake);
    const refreshToken = conn.refreshToken!;
    const first = await conn.oauth2.refreshToken(refreshToken);
    expect(first.refresh_token).toBeUndefined();
    await expect(conn.oauth2.refreshToken(refreshToken)).resolves.toHaveProperty('access_token');
  });

  it('refreshes with rotation: a new refresh token, and the old one is dead', async () => {
    fake = await startFakeOrg({ autoApprove: true, rotateRefreshTokens: true });
    const conn = await signIn(fake);
    const old = conn.refreshToken!;
    const rotated = await conn.oauth2.refreshToken(old);
    expect(rotated.refresh_token).toBeTruthy();
    expect(rotated.refresh_token).not.toBe(old);
    expect(await failure(conn.oauth2.refreshToken(old))).toMatchObject({ name: 'invalid_grant' });
    await expect(conn.oauth2.refreshToken(rotated.refresh_token!)).resolves.toHaveProperty(
      'access_token',
    );
  });

  it('revokes a refresh token and every session it issued', async () => {
    fake = await startFakeOrg({ autoApprove: true });
    const conn = await signIn(fake);
    await conn.oauth2.revokeToken(conn.refreshToken!);
    expect(await failure(conn.oauth2.refreshToken(conn.refreshToken!))).toMatchObject({
      name: 'invalid_grant',
    });
    const plain = new jsforce.Connection({
      instanceUrl: fake.url,
      accessToken: conn.accessToken!,
      version: apiVersion,
    });
    expect(await failure(plain.query('SELECT Id FROM Account'))).toMatchObject({
      errorCode: 'INVALID_SESSION_ID',
    });
  });
});
