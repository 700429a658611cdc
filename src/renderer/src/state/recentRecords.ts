import { useEffect } from 'react';
import { activeConnection, useAppStore } from './appStore';
import { orgKey } from './orgMemory';

/** A record the rep opened, as Home lists it. */
export type RecentRecord = {
  object: 'Lead' | 'Contact' | 'Opportunity' | 'Account';
  id: string;
  name: string;
};

const kept = 8;
const keyOf = (connection: string) => orgKey(connection, 'recent');

/** The newest first, each record once, at most `kept`. */
export function withRecent(list: RecentRecord[], opened: RecentRecord): RecentRecord[] {
  return [opened, ...list.filter((r) => r.id !== opened.id)].slice(0, kept);
}

/** The records the rep opened lately in this org, remembered on this computer. */
export function recentRecords(connection: string): RecentRecord[] {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(keyOf(connection)) ?? '[]');
    return Array.isArray(saved) ? (saved as RecentRecord[]) : [];
  } catch {
    return [];
  }
}

/** Remembers the record on show once it has loaded. */
export function useRememberRecord(record: RecentRecord | undefined): void {
  const connection = activeConnection(useAppStore((s) => s.auth))?.key;
  const { object, id, name } = record ?? {};
  useEffect(() => {
    if (!connection || !object || !id || !name) return;
    const next = withRecent(recentRecords(connection), { object, id, name });
    localStorage.setItem(keyOf(connection), JSON.stringify(next));
  }, [connection, object, id, name]);
}
