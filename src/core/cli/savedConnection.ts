import path from 'node:path';
import type { Connection } from 'jsforce';
import { authSettingKeys } from '../auth/authService';
import { keyOf } from '../auth/connectionRecord';
import { connectionStore } from '../auth/connectionStore';
import { createSecretStore, type Cipher } from '../auth/secretStore';
import { createSessions } from '../auth/sessions';
import { preferencesFile } from '../settings/preferencesFile';
import type { Logger } from '../log/logger';
import { defaultDeadlines } from '../salesforce/deadlineTransport';
import { cacheFileOf } from '../store/cacheFile';

export type SavedConnection = { conn: Connection; userId: string; dbFile: string };

/**
 * A connection the app saved, chosen by key or username (or the one in use), signing in with the
 * app's refresh token, and the app's cache file for it. The token is encrypted by the OS keyring,
 * which only Electron's safeStorage opens: `cipher` comes from the app binary.
 */
export function savedConnection(options: {
  dataDir: string;
  choose: string | undefined;
  cipher: Cipher;
  logger: Logger;
  apiVersion: string;
}): SavedConnection {
  const settings = preferencesFile(options.dataDir);
  const connections = connectionStore(settings);
  const records = connections.all;
  const chosen = options.choose ?? settings.get<string>(authSettingKeys.active);
  const record = records().find(
    (r) => keyOf(r) === chosen || r.username.toLowerCase() === chosen?.toLowerCase(),
  );
  if (!record) {
    const saved = records().map((r) => r.username);
    throw new Error(
      saved.length
        ? `No saved connection "${chosen ?? ''}" in ${options.dataDir}. Saved: ${saved.join(', ')}.`
        : `Roadbook has no saved connection in ${options.dataDir}. Connect in the app first.`,
    );
  }
  const key = keyOf(record);
  const sessions = createSessions({
    deadlineMs: defaultDeadlines.callMs,
    secrets: createSecretStore({
      dir: path.join(options.dataDir, 'secrets'),
      cipher: options.cipher,
      platform: process.platform,
    }),
    logger: options.logger,
    apiVersion: options.apiVersion,
    record: connections.get,
    update: connections.update,
  });
  return {
    conn: sessions.connection(key),
    userId: record.userId,
    dbFile: cacheFileOf(options.dataDir, key),
  };
}
