import { defaultScope, OAuthError } from '../auth';
import type { Request, Reply, Route } from '../http/route';
import { json } from '../http/route';
import { accessTokenOf } from '../http/accessToken';
import { defaultClientId } from '../org';
import type { SfRecord } from '../store';

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

function redirect(location: string): Reply {
  return { status: 302, headers: { Location: location }, text: '' };
}

function withParams(base: string, params: Record<string, string | undefined>): string {
  const url = new URL(base);
  for (const [key, value] of Object.entries(params))
    if (value !== undefined) url.searchParams.set(key, value);
  return url.toString();
}

function errorPage(message: string): Reply {
  return {
    status: 400,
    contentType: 'text/html;charset=UTF-8',
    text: `<!doctype html><title>OAuth Error</title><h1>OAuth Error</h1><p>${escapeHtml(message)}</p>`,
  };
}

function signInPage(request: Request, users: SfRecord[]): Reply {
  const hidden = [...request.url.searchParams]
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('');
  const options = users
    .map(
      (u) =>
        `<option value="${escapeHtml(u.Id)}">${escapeHtml(String(u['Name']))} (${escapeHtml(String(u['Username']))})</option>`,
    )
    .join('');
  return {
    status: 200,
    contentType: 'text/html;charset=UTF-8',
    // No form-action: Chromium applies it to the redirect after the form, which leaves the origin.
    headers: { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'" },
    text: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Login | Salesforce (fake org)</title>
<style>body{font:15px system-ui,sans-serif;background:#f3f3f3;display:grid;place-items:center;height:100vh;margin:0}
form{background:#fff;padding:24px 28px;border-radius:6px;box-shadow:0 1px 4px #0002;min-width:340px}
h1{font-size:20px;margin:0 0 4px}p{color:#555;margin:0 0 16px}label{display:block;margin:0 0 6px}
select{width:100%;padding:6px;margin-bottom:18px}button{padding:8px 16px;margin-right:8px;border-radius:4px;border:1px solid #0176d3}
.allow{background:#0176d3;color:#fff}.deny{background:#fff;color:#0176d3}</style></head>
<body><form method="post" action="/services/oauth2/authorize">${hidden}
<h1>Allow access?</h1><p>Roadbook is asking to access your Salesforce data (fake org ${escapeHtml(request.org.orgId)}).</p>
<label for="user">Sign in as</label><select id="user" name="fake_user">${options}</select>
<button class="allow" name="decision" value="allow" type="submit">Allow</button>
<button class="deny" name="decision" value="deny" type="submit">Deny</button></form></body></html>`,
  };
}

function authorize(request: Request): Reply {
  const params =
    request.method === 'POST' ? new URLSearchParams(request.body) : request.url.searchParams;
  const org = request.org;
  if (params.get('client_id') !== (org.options.clientId ?? defaultClientId)) {
    return errorPage('error=invalid_client_id: client identifier invalid');
  }
  const redirectUri = params.get('redirect_uri') ?? '';
  if (!org.auth.isRegisteredCallback(redirectUri))
    return errorPage('error=redirect_uri_mismatch: redirect_uri must match configuration');
  const state = params.get('state') ?? undefined;
  if (params.get('response_type') !== 'code') {
    return redirect(
      withParams(redirectUri, {
        error: 'unsupported_response_type',
        error_description: 'response type not supported',
        state,
      }),
    );
  }
  const method = params.get('code_challenge_method');
  if (method && method !== 'S256') {
    return redirect(
      withParams(redirectUri, {
        error: 'invalid_request',
        error_description: 'invalid code_challenge_method',
        state,
      }),
    );
  }
  const users = [...org.store.table('User').rows.values()];
  const decision = params.get('decision');
  if (request.method === 'GET' && !org.options.autoApprove) return signInPage(request, users);
  if (decision === 'deny') {
    return redirect(
      withParams(redirectUri, {
        error: 'access_denied',
        error_description: 'end-user denied authorization',
        state,
      }),
    );
  }
  const chosen = params.get('fake_user');
  const userId = users.some((u) => u.Id === chosen) ? chosen! : org.userIds[0]!;
  const code = org.auth.issueCode(
    userId,
    redirectUri,
    params.get('scope') ?? defaultScope,
    params.get('code_challenge') ?? undefined,
  );
  return redirect(withParams(redirectUri, { code, state }));
}

function tokenEndpoint(request: Request): Reply {
  const contentType = String(request.headers['content-type'] ?? '');
  if (!contentType.startsWith('application/x-www-form-urlencoded')) {
    throw new OAuthError(400, 'invalid_request', 'invalid content type');
  }
  const params = new URLSearchParams(request.body);
  switch (params.get('grant_type')) {
    case 'authorization_code':
      return json(200, request.org.auth.exchangeCode(params));
    case 'refresh_token':
      return json(200, request.org.auth.refresh(params));
    case null:
      throw new OAuthError(400, 'invalid_request', 'grant type is missing');
    default:
      throw new OAuthError(400, 'unsupported_grant_type', 'grant type not supported');
  }
}

function revoke(request: Request): Reply {
  const token =
    new URLSearchParams(request.body).get('token') ?? request.url.searchParams.get('token');
  if (!token) throw new OAuthError(400, 'unsupported_token_type', 'unsupported token type');
  request.org.auth.revoke(token);
  return { status: 200, text: '' };
}

function userRow(request: Request, token: string | undefined): SfRecord {
  const userId = request.org.auth.userFor(token);
  const user = userId && request.org.store.table('User').rows.get(userId);
  if (!user) throw new OAuthError(403, 'Bad_OAuth_Token', 'Bad_OAuth_Token');
  return user;
}

const tokenOf = (request: Request) => accessTokenOf(request.headers.authorization, request.url);

/** The claims the identity URL and OIDC userinfo share, under the same names. */
function sharedClaims(request: Request, user: SfRecord) {
  return {
    user_id: user.Id,
    organization_id: request.org.orgId,
    email: user['Email'],
    email_verified: true,
    active: true,
    user_type: 'STANDARD',
    language: 'en_US',
    locale: 'en_US',
    utcOffset: 0,
  };
}

function identity(request: Request): Reply {
  const [orgId, userId] = request.params as [string, string];
  const user = userRow(request, tokenOf(request));
  if (orgId !== request.org.orgId || userId !== user.Id)
    throw new OAuthError(403, 'Bad_Id', 'Bad_Id');
  const version = request.url.searchParams.get('version') ?? '{version}';
  const base = request.origin;
  const rest = (path: string) => `${base}/services/data/v${version}/${path}`;
  return json(200, {
    id: `${base}/id/${orgId}/${userId}`,
    asserted_user: true,
    ...sharedClaims(request, user),
    username: user['Username'],
    nick_name: String(user['Username']).split('@')[0],
    display_name: user['Name'],
    first_name: user['FirstName'],
    last_name: user['LastName'],
    timezone: 'GMT',
    photos: { picture: `${base}/profilephoto/005/F`, thumbnail: `${base}/profilephoto/005/T` },
    last_modified_date: user['LastModifiedDate'],
    is_app_installed: true,
    urls: {
      rest: rest(''),
      sobjects: rest('sobjects/'),
      search: rest('search/'),
      query: rest('query/'),
      recent: rest('recent/'),
      profile: `${base}/${userId}`,
    },
  });
}

function userinfo(request: Request): Reply {
  const user = userRow(request, tokenOf(request));
  const base = request.origin;
  return json(200, {
    sub: `${base}/id/${request.org.orgId}/${user.Id}`,
    ...sharedClaims(request, user),
    preferred_username: user['Username'],
    nickname: String(user['Username']).split('@')[0],
    name: user['Name'],
    given_name: user['FirstName'],
    family_name: user['LastName'],
    zoneinfo: 'GMT',
    updated_at: user['LastModifiedDate'],
  });
}

export const oauthRoutes: Route[] = [
  {
    name: 'oauth.authorize',
    method: 'GET',
    pattern: /^\/services\/oauth2\/authorize$/,
    kind: 'oauth',
    handle: authorize,
  },
  {
    name: 'oauth.authorize',
    method: 'POST',
    pattern: /^\/services\/oauth2\/authorize$/,
    kind: 'oauth',
    handle: authorize,
  },
  {
    name: 'oauth.token',
    method: 'POST',
    pattern: /^\/services\/oauth2\/token$/,
    kind: 'oauth',
    handle: tokenEndpoint,
  },
  {
    name: 'oauth.revoke',
    method: 'POST',
    pattern: /^\/services\/oauth2\/revoke$/,
    kind: 'oauth',
    handle: revoke,
  },
  {
    name: 'oauth.userinfo',
    method: 'GET',
    pattern: /^\/services\/oauth2\/userinfo$/,
    kind: 'oauth',
    handle: userinfo,
  },
  {
    name: 'identity',
    method: 'GET',
    pattern: /^\/id\/([^/]+)\/([^/]+)$/,
    kind: 'oauth',
    handle: identity,
  },
];
