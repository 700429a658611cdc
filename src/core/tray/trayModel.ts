import { notConnectedStatus, type SyncStatus } from '../../shared/ipc/syncStatus';
import { syncWording } from '../../shared/syncWording';

export const trayIcons = ['synced', 'syncing', 'offline', 'paused', 'attention'] as const;
type TrayIcon = (typeof trayIcons)[number];
export type TrayMenuItem = {
  id: 'sync-now' | 'pause' | 'resume' | 'open' | 'quit';
  label: string;
  enabled: boolean;
};
export type TrayModel = { icon: TrayIcon; tooltip: string; menu: TrayMenuItem[] };

const icons: Record<SyncStatus['state'], TrayIcon> = {
  'not-connected': 'attention',
  idle: 'synced',
  syncing: 'syncing',
  paused: 'paused',
  offline: 'offline',
  'needs-attention': 'attention',
};

/**
 * The tray when the sync status cannot be read (a cache that does not open): it still says
 * something and still has its menu, Quit included.
 */
export const unreadableStatus: SyncStatus = {
  ...notConnectedStatus,
  state: 'needs-attention',
  message: 'open Roadbook to see what is wrong',
};

/** While the window loads, before the cache is opened: Open and Quit already work. */
export const startingTray: TrayModel = {
  icon: 'syncing',
  tooltip: 'Roadbook · Starting…',
  menu: [
    { id: 'sync-now', label: 'Sync now', enabled: false },
    { id: 'pause', label: 'Pause sync', enabled: false },
    { id: 'open', label: 'Open Roadbook', enabled: true },
    { id: 'quit', label: 'Quit Roadbook', enabled: true },
  ],
};

/** What the tray shows for a sync status: icon, tooltip and menu. Pure, so Node tests cover it. */
export function trayModel(status: SyncStatus, now: number, locale = 'en-US'): TrayModel {
  const { summary, changes } = syncWording(status, now, locale);
  const { attention } = status.changes;
  const connected = status.state !== 'not-connected';
  return {
    // A refused or conflicting edit needs the rep as much as a lost session does.
    icon: attention && status.state === 'idle' ? 'attention' : icons[status.state],
    tooltip: `Roadbook · ${summary}${changes}`,
    menu: [
      { id: 'sync-now', label: 'Sync now', enabled: connected && status.state !== 'syncing' },
      status.pausedByUser
        ? { id: 'resume', label: 'Resume sync', enabled: connected }
        : { id: 'pause', label: 'Pause sync', enabled: connected },
      { id: 'open', label: 'Open Roadbook', enabled: true },
      { id: 'quit', label: 'Quit Roadbook', enabled: true },
    ],
  };
}
