import Store from 'electron-store';
import type { Logger } from '../core/log/logger';
import { createMemorySettings, type SettingsStore } from '../core/settings/settingsStore';

/**
 * Non-secret preferences in electron-store's JSON file in the data folder. A folder Roadbook
 * cannot read must not keep the window from coming up: then preferences live in memory for this
 * run, and the log says why.
 */
export function createPreferences(logger: Logger): SettingsStore {
  let store: Store<Record<string, unknown>>;
  try {
    // It holds the PKCE verifier while a sign-in is under way: for this user's eyes only.
    store = new Store<Record<string, unknown>>({ name: 'preferences', configFileMode: 0o600 });
  } catch (error) {
    logger.error('Preferences could not be read; using defaults for this run', error);
    return createMemorySettings();
  }
  return {
    get: <T>(key: string) => store.get(key) as T | undefined,
    set: (key, value) => store.set(key, value),
    delete: (key) => store.delete(key),
  };
}
