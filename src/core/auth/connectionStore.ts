import type { SettingsStore } from '../settings/settingsStore';
import { keyOf, type ConnectionRecord } from './connectionRecord';

export const connectionsSettingKey = 'auth.connections';

/** The saved connections (no tokens: those live in the vault), as the app and the CLI share them. */
export function connectionStore(settings: SettingsStore) {
  const all = () => settings.get<ConnectionRecord[]>(connectionsSettingKey) ?? [];
  const save = (list: ConnectionRecord[]) => settings.set(connectionsSettingKey, list);
  return {
    all,
    get: (key: string) => all().find((r) => keyOf(r) === key),
    update(key: string, change: Partial<ConnectionRecord>) {
      save(all().map((r) => (keyOf(r) === key ? { ...r, ...change } : r)));
    },
    /** Adds a connection, or replaces the one with the same org and user. */
    put(record: ConnectionRecord) {
      save([...all().filter((r) => keyOf(r) !== keyOf(record)), record]);
    },
    /** Forgets a connection and answers the ones left. */
    remove(key: string): ConnectionRecord[] {
      const remaining = all().filter((r) => keyOf(r) !== key);
      save(remaining);
      return remaining;
    },
  };
}
