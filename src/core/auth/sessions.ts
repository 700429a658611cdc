import jsforce, { type Connection } from 'jsforce';
import type { Logger } from '../log/logger';
import type { ConnectionRecord } from './connectionRecord';
import { secretKeyOf } from './connectionRecord';
import { oauthClient } from './oauthClient';
import { SecretUnreadableError, type SecretStore } from './secretStore';

export class ReconnectNeededError extends Error {
  constructor(
    readonly key: string,
    reason: string,
  ) {
    super(reason);
    this.name = 'ReconnectNeededError';
  }
}

export type SessionDeps = {
  /** How long a token refresh may take. */
  deadlineMs: number;
  secrets: SecretStore;
  logger: Logger;
  apiVersion: string;
  record(key: string): ConnectionRecord | undefined;
  update(key: string, change: Partial<ConnectionRecord>): void;
};

const revokedReason =
  'Salesforce ended this sign-in (it was revoked or expired). Reconnect to keep syncing — your offline data is still here.';
const unreadableReason =
  'Roadbook could not unlock the saved sign-in on this computer. Reconnect to keep syncing — your offline data is still here.';
const missingReason =
  'Roadbook has no saved sign-in for this org (this desktop has no keyring, or it was removed). Reconnect to keep syncing.';

/**
 * One jsforce Connection per org, refreshed at most once at a time: ten requests failing with
 * 401 together cause one refresh. A rotated refresh token is saved before anyone uses the new
 * session; invalid_grant marks the org "Reconnect needed" and keeps its data.
 */
export function createSessions(deps: SessionDeps) {
  const connections = new Map<string, Connection>();
  const inFlight = new Map<string, Promise<{ accessToken: string; instanceUrl: string }>>();
  /**
   * A rotated refresh token, held here for this run: the one on disk is dead once Salesforce
   * rotated it, and saving the new one may fail (a locked keyring, a full disk).
   */
  const rotated = new Map<string, string>();

  async function refresh(key: string) {
    const record = deps.record(key);
    if (!record) throw new ReconnectNeededError(key, missingReason);
    let refreshToken: string | undefined;
    try {
      refreshToken = rotated.get(key) ?? (await deps.secrets.get(secretKeyOf(key)));
    } catch (error) {
      // Only a secret proven unreadable needs a reconnect; a keyring that did not answer is
      // asked again at the next sync, and nothing about it is saved.
      if (error instanceof SecretUnreadableError) throw markReconnect(key, unreadableReason);
      throw error;
    }
    if (!refreshToken) throw markReconnect(key, missingReason);
    const oauth2 = oauthClient(
      { loginUrl: record.loginHost, clientId: record.clientId },
      deps.deadlineMs,
    );
    try {
      const response = await oauth2.refreshToken(refreshToken);
      if (response.refresh_token && response.refresh_token !== refreshToken) {
        // The old token no longer works: a save that fails must not fail the refresh it came
        // with, nor lose the new token for the rest of this run.
        rotated.set(key, response.refresh_token);
        await deps.secrets
          .set(secretKeyOf(key), response.refresh_token)
          .then(() => rotated.delete(key))
          .catch(() => deps.logger.warn(`The rotated sign-in of ${key} is kept in memory only`));
      }
      if (response.instance_url && response.instance_url !== record.instanceUrl)
        deps.update(key, { instanceUrl: response.instance_url });
      return {
        accessToken: response.access_token,
        instanceUrl: response.instance_url ?? record.instanceUrl,
      };
    } catch (error) {
      if ((error as { name?: string }).name === 'invalid_grant')
        throw markReconnect(key, revokedReason);
      throw error;
    }
  }

  function markReconnect(key: string, reason: string): ReconnectNeededError {
    deps.logger.warn(`Connection ${key} needs a reconnect`);
    deps.update(key, { state: 'reconnect-needed', reason });
    connections.delete(key);
    return new ReconnectNeededError(key, reason);
  }

  function refreshOnce(key: string) {
    let running = inFlight.get(key);
    if (!running) {
      running = refresh(key).finally(() => inFlight.delete(key));
      inFlight.set(key, running);
    }
    return running;
  }

  /** The org's connection; it signs in with the saved refresh token on first use. */
  function connection(key: string, accessToken?: string): Connection {
    const record = deps.record(key);
    if (!record) throw new ReconnectNeededError(key, missingReason);
    if (record.state === 'reconnect-needed')
      throw new ReconnectNeededError(key, record.reason ?? revokedReason);
    let conn = connections.get(key);
    if (!conn) {
      conn = new jsforce.Connection({
        instanceUrl: record.instanceUrl,
        version: deps.apiVersion,
        ...(accessToken ? { accessToken } : {}),
        refreshFn: (c, callback) => {
          refreshOnce(key).then(
            ({ accessToken: token, instanceUrl }) => {
              c.instanceUrl = instanceUrl;
              callback(null, token);
            },
            (error: Error) => callback(error),
          );
        },
      });
      connections.set(key, conn);
    }
    return conn;
  }

  return {
    connection,
    /**
     * The session the sync process starts with: its own jsforce connection, on the same
     * sign-in. An access token only (the refresh token stays in this process), never the renderer.
     */
    session(key: string): { accessToken?: string; instanceUrl: string } {
      const conn = connection(key);
      return {
        instanceUrl: conn.instanceUrl,
        ...(conn.accessToken ? { accessToken: conn.accessToken } : {}),
      };
    },
    /** A new session for a worker whose token expired; one refresh however many ask at once. */
    async refreshed(key: string): Promise<{ accessToken: string; instanceUrl: string }> {
      const fresh = await refreshOnce(key);
      const conn = connections.get(key);
      if (conn) {
        conn.accessToken = fresh.accessToken;
        conn.instanceUrl = fresh.instanceUrl;
      }
      return fresh;
    },
    forget(key: string) {
      connections.delete(key);
      inFlight.delete(key);
    },
  };
}
