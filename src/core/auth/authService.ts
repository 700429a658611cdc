import fs from 'node:fs/promises';
import path from 'node:path';
import jsforce from 'jsforce';
import type { AuthState } from '../../shared/ipc/authState';
import { IpcError } from '../../shared/ipc/result';
import type { Logger } from '../log/logger';
import type { SettingsStore } from '../settings/settingsStore';
import { isCacheFileOf } from '../store/cacheFile';
import { keyOf, secretKeyOf, summarise, type ConnectionRecord } from './connectionRecord';
import { connectionsSettingKey, connectionStore } from './connectionStore';
import { parseLoginHost, productionHost } from './loginHost';
import { startLoopbackListener } from './loopbackListener';
import { isForRedirect, newPendingFlow, pendingFlowTtlMs, type PendingFlow } from './pendingFlow';
import type { SecretStore } from './secretStore';
import { organizationOf } from './organizationOf';
import { defaultDeadlines, withDeadline } from '../salesforce/deadlineTransport';
import { oauthClient } from './oauthClient';
import { createSessions } from './sessions';
import { describeAuthorizeError, describeSignInFailure, type SignInError } from './signInErrors';

const deepLinkRedirect = 'roadbook://oauth/callback';

export type AuthDeps = {
  settings: SettingsStore;
  secrets: SecretStore;
  logger: Logger;
  openExternal(url: string): Promise<void>;
  emit(state: AuthState): void;
  /** Where cache files (<orgId>-<userId>.sqlite…) live, for "also delete local data". */
  dataDir: string;
  defaultClientId: string;
  defaultLoginHost?: string;
  /** The fake org on http://localhost, in development and test builds only. */
  allowLocalhost: boolean;
  /** The loopback fallback port where the roadbook: scheme cannot be registered. */
  loopbackPort?: number;
  apiVersion: string;
  /** How long one exchange with Salesforce's OAuth endpoints may take (tests shorten it). */
  requestDeadlineMs?: number;
  now?: () => number;
};

export type CallbackOutcome = { handled: boolean; message: string };

export const authSettingKeys = {
  connections: connectionsSettingKey,
  active: 'auth.active',
  pending: 'auth.pending',
  loginHost: 'auth.loginHost',
  clientId: 'auth.clientId',
};

export function createAuthService(deps: AuthDeps) {
  const now = deps.now ?? Date.now;
  let lastError: SignInError | null = null;
  let loopback: { close(): Promise<void> } | undefined;

  const connections = connectionStore(deps.settings);
  const records = connections.all;
  const record = connections.get;
  const update = (key: string, change: Partial<ConnectionRecord>) => {
    connections.update(key, change);
    void publish();
  };
  const deadlineMs = deps.requestDeadlineMs ?? defaultDeadlines.callMs;
  const sessions = createSessions({
    deadlineMs,
    secrets: deps.secrets,
    logger: deps.logger,
    apiVersion: deps.apiVersion,
    record,
    update,
  });

  const pending = (): PendingFlow | undefined => {
    const flow = deps.settings.get<PendingFlow>(authSettingKeys.pending);
    return flow && now() - flow.createdAt <= pendingFlowTtlMs ? flow : undefined;
  };

  async function state(): Promise<AuthState> {
    const vault = await deps.secrets.status();
    const flow = pending();
    const active = deps.settings.get<string>(authSettingKeys.active);
    return {
      connections: records().map((r) => summarise(r, active)),
      pending: flow
        ? { loginHost: new URL(flow.loginHost).host, expiresAt: flow.createdAt + pendingFlowTtlMs }
        : null,
      lastError,
      vault: { persistent: vault.persistent, ...(vault.reason ? { reason: vault.reason } : {}) },
      defaults: {
        loginHost:
          deps.settings.get<string>(authSettingKeys.loginHost) ??
          deps.defaultLoginHost ??
          productionHost,
        clientId: deps.settings.get<string>(authSettingKeys.clientId) ?? deps.defaultClientId,
      },
    };
  }

  async function publish(): Promise<AuthState> {
    const current = await state();
    deps.emit(current);
    return current;
  }

  async function stopLoopback() {
    const listener = loopback;
    loopback = undefined;
    await listener?.close();
  }

  async function connect(input: { loginHost: string; clientId: string }): Promise<AuthState> {
    const host = parseLoginHost(input.loginHost, { allowLocalhost: deps.allowLocalhost });
    if (!host.ok) throw new IpcError('INVALID_INPUT', host.message);
    await stopLoopback();
    const redirectUri = deps.loopbackPort
      ? `http://localhost:${deps.loopbackPort}/oauth/callback`
      : deepLinkRedirect;
    const flow = newPendingFlow({
      loginHost: host.origin,
      clientId: input.clientId,
      redirectUri,
      createdAt: now(),
    });
    deps.settings.set(authSettingKeys.loginHost, host.origin);
    deps.settings.set(authSettingKeys.clientId, input.clientId);
    lastError = null;
    const oauth2 = new jsforce.OAuth2({
      loginUrl: flow.loginHost,
      clientId: flow.clientId,
      redirectUri,
      useVerifier: true,
    });
    oauth2.codeVerifier = flow.verifier;
    const authorizeUrl = oauth2.getAuthorizationUrl({
      scope: 'api refresh_token id',
      state: flow.state,
      code_challenge_method: 'S256',
    });
    try {
      if (deps.loopbackPort) {
        loopback = await startLoopbackListener(deps.loopbackPort, handleCallback);
      }
      deps.settings.set(authSettingKeys.pending, flow);
      await deps.openExternal(authorizeUrl);
    } catch (error) {
      deps.settings.delete(authSettingKeys.pending);
      await stopLoopback();
      deps.logger.error('Sign-in could not start', error);
      throw new IpcError(
        'INTERNAL',
        deps.loopbackPort && !loopback
          ? `Roadbook could not wait for the sign-in on localhost:${deps.loopbackPort}: another program is using that port.`
          : 'Roadbook could not open your browser for the sign-in.',
      );
    }
    deps.logger.info(`Sign-in started at ${host.origin}`);
    return publish();
  }

  async function fail(error: SignInError): Promise<CallbackOutcome> {
    lastError = error;
    await publish();
    return { handled: true, message: error.message };
  }

  const ignore = (message: string): CallbackOutcome => {
    deps.logger.warn(`Ignored a sign-in callback: ${message}`);
    return { handled: false, message };
  };

  /** The browser's answer, from the roadbook: deep link or the loopback listener. */
  async function handleCallback(raw: string): Promise<CallbackOutcome> {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return ignore('Roadbook ignored a link that is not a web address.');
    }
    const stored = deps.settings.get<PendingFlow>(authSettingKeys.pending);
    if (!stored) return ignore('No sign-in is in progress, so the link was ignored.');
    if (!isForRedirect(url, stored.redirectUri))
      return ignore('Roadbook ignored a link it did not expect.');
    if (url.searchParams.get('state') !== stored.state) {
      return ignore(
        'This sign-in link does not match the sign-in Roadbook started, so it was ignored.',
      );
    }
    // The answer to our flow: whatever it says, the flow is over. The loopback listener may be
    // answering this very request, so it is told to stop without waiting for it.
    deps.settings.delete(authSettingKeys.pending);
    void stopLoopback();
    if (now() - stored.createdAt > pendingFlowTtlMs) {
      return fail({
        code: 'SIGN_IN_TIMED_OUT',
        message: 'The sign-in took longer than 15 minutes — start it again.',
      });
    }
    const error = url.searchParams.get('error');
    if (error) return fail(describeAuthorizeError(error));
    const code = url.searchParams.get('code');
    if (!code)
      return fail({
        code: 'NO_CODE',
        message: "Salesforce's answer had no sign-in code — try again.",
      });
    try {
      await completeSignIn(stored, code);
    } catch (failure) {
      deps.logger.warn(`Sign-in failed: ${describeSignInFailure(failure).code}`);
      return fail(describeSignInFailure(failure));
    }
    lastError = null;
    await publish();
    return { handled: true, message: 'Connected to Salesforce.' };
  }

  async function completeSignIn(flow: PendingFlow, code: string) {
    const oauth2 = oauthClient(
      {
        loginUrl: flow.loginHost,
        clientId: flow.clientId,
        redirectUri: flow.redirectUri,
        useVerifier: true,
      },
      deadlineMs,
    );
    oauth2.codeVerifier = flow.verifier;
    const conn = withDeadline(
      new jsforce.Connection({ oauth2, version: deps.apiVersion }),
      deadlineMs,
    );
    const user = await conn.authorize(code);
    const identity = await conn.identity();
    const org = await organizationOf(conn);
    const record: ConnectionRecord = {
      orgId: user.organizationId,
      userId: user.id,
      username: identity.username,
      displayName: identity.display_name,
      orgName: org?.Name ?? new URL(conn.instanceUrl).host,
      isSandbox: org?.IsSandbox ?? false,
      ...(org?.DefaultCurrencyIsoCode ? { currency: org.DefaultCurrencyIsoCode } : {}),
      instanceUrl: conn.instanceUrl,
      loginHost: flow.loginHost,
      clientId: flow.clientId,
      state: 'connected',
    };
    const key = keyOf(record);
    if (!conn.refreshToken)
      throw new IpcError(
        'INTERNAL',
        'Salesforce gave no refresh token: the External Client App needs the refresh_token scope.',
      );
    await deps.secrets.set(secretKeyOf(key), conn.refreshToken);
    connections.put(record);
    deps.settings.set(authSettingKeys.active, key);
    sessions.forget(key);
    sessions.connection(key, conn.accessToken ?? undefined);
    deps.logger.info(`Connected ${key} (${record.instanceUrl})`);
  }

  async function cancel(): Promise<AuthState> {
    deps.settings.delete(authSettingKeys.pending);
    await stopLoopback();
    return publish();
  }

  function requireRecord(key: string): ConnectionRecord {
    const found = record(key);
    if (!found) throw new IpcError('NOT_ALLOWED', 'That Salesforce connection no longer exists.');
    return found;
  }

  async function disconnect(key: string, deleteLocalData: boolean): Promise<AuthState> {
    const found = requireRecord(key);
    const refreshTokens = await deps.secrets.readable(secretKeyOf(key)).catch(() => []);
    lastError = null;
    for (const refreshToken of refreshTokens) {
      try {
        await oauthClient(
          { loginUrl: found.loginHost, clientId: found.clientId },
          deadlineMs,
        ).revokeToken(refreshToken);
      } catch {
        lastError = {
          code: 'REVOKE_FAILED',
          message:
            'Disconnected. Salesforce could not be reached to revoke the sign-in; it stops working when it expires, or your admin can revoke it now.',
        };
      }
    }
    await deps.secrets.delete(secretKeyOf(key));
    sessions.forget(key);
    const remaining = connections.remove(key);
    if (deps.settings.get<string>(authSettingKeys.active) === key) {
      const next = remaining[0];
      if (next) deps.settings.set(authSettingKeys.active, keyOf(next));
      else deps.settings.delete(authSettingKeys.active);
    }
    if (deleteLocalData) await removeLocalData(key);
    return publish();
  }

  async function removeLocalData(key: string) {
    const files = await fs.readdir(deps.dataDir).catch(() => [] as string[]);
    await Promise.all(
      files
        .filter((f) => isCacheFileOf(key, f))
        .map((f) => fs.rm(path.join(deps.dataDir, f), { force: true })),
    );
  }

  return {
    state,
    connect,
    reconnect(key: string) {
      const found = requireRecord(key);
      return connect({ loginHost: found.loginHost, clientId: found.clientId });
    },
    cancel,
    disconnect,
    async switchTo(key: string) {
      requireRecord(key);
      deps.settings.set(authSettingKeys.active, key);
      return publish();
    },
    handleCallback,
    /** The org in use, if it is still connected. */
    activeKey(): string | undefined {
      const active = deps.settings.get<string>(authSettingKeys.active);
      return active && record(active) ? active : undefined;
    },
    /** Where the active org lives, for links to its own pages; never a session. */
    activeInstanceUrl(): string | undefined {
      const active = deps.settings.get<string>(authSettingKeys.active);
      return active ? record(active)?.instanceUrl : undefined;
    },
    /** The active org's jsforce connection (for sync); throws ReconnectNeededError when it needs one. */
    activeConnection() {
      const active = deps.settings.get<string>(authSettingKeys.active);
      if (!active) throw new IpcError('NOT_ALLOWED', 'Connect to Salesforce first.');
      return sessions.connection(active);
    },
    connection: (key: string) => sessions.connection(key),
    session: (key: string) => sessions.session(key),
    refreshedSession: (key: string) => sessions.refreshed(key),
    close: stopLoopback,
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
