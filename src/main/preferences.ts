import Store from 'electron-store';
import type { SettingsStore } from '../core/settingsStore';

/** Non-secret preferences in electron-store's JSON file in the data folder. */
export function createPreferences(): SettingsStore {
  const store = new Store<Record<string, unknown>>({ name: 'preferences' });
  return {
    get: <T>(key: string) => store.get(key) as T | undefined,
    set: (key, value) => store.set(key, value),
    delete: (key) => store.delete(key),
  };
}
