import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { Clock } from './clock';

export class OAuthError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string,
  ) {
    super(description);
  }
}

export type AuthOptions = {
  clock: Clock;
  orgId: string;
  origin: () => string;
  clientId: string;
  clientSecret: string;
  callbackUrls: string[];
  rotateRefreshTokens: boolean;
  sessionTtlMs: number;
};

type Code = {
  userId: string;
  redirectUri: string;
  challenge?: string;
  scope: string;
  expiresAt: number;
};
type Session = { userId: string; refreshToken?: string; expiresAt: number };
type Grant = { userId: string; scope: string; revoked: boolean };

const codeTtlMs = 15 * 60_000;
const token = (bytes: number) => randomBytes(bytes).toString('base64url');
export const defaultScope = 'api refresh_token id';

/** The org's authorization server: codes, PKCE, access and refresh tokens, revocation. */
export function createAuth(options: AuthOptions) {
  const codes = new Map<string, Code>();
  const sessions = new Map<string, Session>();
  const grants = new Map<string, Grant>();
  // Every code and token handed out, so leak tests can look for each one.
  const issued: string[] = [];

  const isRegisteredCallback = (uri: string) => options.callbackUrls.includes(uri);

  function issueCode(
    userId: string,
    redirectUri: string,
    scope: string,
    challenge?: string,
  ): string {
    const code = `aPrx${token(24)}`;
    issued.push(code);
    codes.set(code, {
      userId,
      redirectUri,
      scope,
      challenge,
      expiresAt: options.clock.now() + codeTtlMs,
    });
    return code;
  }

  function tokenResponse(userId: string, scope: string, refreshToken?: string) {
    const accessToken = `${options.orgId}!${token(48)}`;
    issued.push(accessToken, ...(refreshToken ? [refreshToken] : []));
    sessions.set(accessToken, {
      userId,
      refreshToken,
      expiresAt: options.clock.now() + options.sessionTtlMs,
    });
    const origin = options.origin();
    const id = `${origin}/id/${options.orgId}/${userId}`;
    const issuedAt = String(options.clock.now());
    return {
      access_token: accessToken,
      ...(refreshToken ? { refresh_token: refreshToken } : {}),
      signature: createHmac('sha256', options.clientSecret)
        .update(id + issuedAt)
        .digest('base64'),
      scope,
      instance_url: origin,
      id,
      token_type: 'Bearer',
      issued_at: issuedAt,
    };
  }

  function checkClient(params: URLSearchParams): void {
    if (params.get('client_id') !== options.clientId) {
      throw new OAuthError(400, 'invalid_client_id', 'client identifier invalid');
    }
  }

  function exchangeCode(params: URLSearchParams) {
    checkClient(params);
    const value = params.get('code') ?? '';
    const code = codes.get(value);
    codes.delete(value);
    if (!code) throw new OAuthError(400, 'invalid_grant', 'invalid authorization code');
    if (code.expiresAt < options.clock.now())
      throw new OAuthError(400, 'invalid_grant', 'expired authorization code');
    if (params.get('redirect_uri') !== code.redirectUri) {
      throw new OAuthError(400, 'invalid_grant', 'redirect_uri must match configuration');
    }
    if (code.challenge !== undefined) {
      const verifier = params.get('code_verifier');
      if (!verifier) throw new OAuthError(400, 'invalid_grant', 'invalid code verifier');
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      if (challenge !== code.challenge)
        throw new OAuthError(400, 'invalid_grant', 'invalid code verifier');
    }
    const scopes = code.scope.split(/\s+/);
    const wantsRefresh = scopes.includes('refresh_token') || scopes.includes('offline_access');
    let refreshToken: string | undefined;
    if (wantsRefresh) {
      refreshToken = `5Aep${token(40)}`;
      grants.set(refreshToken, { userId: code.userId, scope: code.scope, revoked: false });
    }
    return tokenResponse(code.userId, code.scope, refreshToken);
  }

  function refresh(params: URLSearchParams) {
    checkClient(params);
    const value = params.get('refresh_token') ?? '';
    const grant = grants.get(value);
    if (!grant || grant.revoked)
      throw new OAuthError(400, 'invalid_grant', 'expired access/refresh token');
    if (!options.rotateRefreshTokens) {
      const response = tokenResponse(grant.userId, grant.scope);
      sessions.get(response.access_token)!.refreshToken = value;
      return response;
    }
    grant.revoked = true;
    const next = `5Aep${token(40)}`;
    grants.set(next, { ...grant, revoked: false });
    return tokenResponse(grant.userId, grant.scope, next);
  }

  /** Revoking a refresh token ends every session it issued. */
  function revoke(value: string): void {
    const grant = grants.get(value);
    if (grant) {
      grant.revoked = true;
      for (const [accessToken, session] of sessions)
        if (session.refreshToken === value) sessions.delete(accessToken);
      return;
    }
    if (sessions.delete(value)) return;
    throw new OAuthError(400, 'invalid_token', 'invalid token');
  }

  /** The user behind a bearer token, or undefined when it is unknown, revoked or expired. */
  function userFor(accessToken: string | undefined): string | undefined {
    if (!accessToken) return undefined;
    const session = sessions.get(accessToken);
    if (!session) return undefined;
    if (session.expiresAt < options.clock.now()) {
      sessions.delete(accessToken);
      return undefined;
    }
    return session.userId;
  }

  function expireSessions(userId?: string): number {
    let count = 0;
    for (const [accessToken, session] of sessions) {
      if (!userId || session.userId === userId) {
        sessions.delete(accessToken);
        count++;
      }
    }
    return count;
  }

  return {
    isRegisteredCallback,
    issueCode,
    exchangeCode,
    refresh,
    revoke,
    userFor,
    expireSessions,
    issuedSecrets: () => [...new Set(issued)],
  };
}
