import {
  defaultSyncSettings,
  syncSettings,
  type SyncSettings,
} from '../../shared/ipc/syncSettings';
import type { SettingsStore } from '../settings/settingsStore';

const settingsKey = 'sync.settings';

/** The rep's sync settings (interval, each object's reach) as kept in the settings file. */
export function savedSyncSettings(store: SettingsStore) {
  return {
    /** What the rep chose, or the defaults; a value an older or newer build saved that no longer parses is ignored. */
    read(): SyncSettings {
      const parsed = syncSettings.safeParse(store.get(settingsKey));
      return parsed.success ? parsed.data : defaultSyncSettings;
    },
    save(next: SyncSettings) {
      store.set(settingsKey, next);
    },
  };
}
