import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../../src/shared/ipc/syncStatus';
import { trayModel, unreadableStatus } from '../../../../src/core/tray/trayModel';

const base: SyncStatus = {
  state: 'idle',
  lastSuccess: 0,
  records: 12345,
  progress: [],
  message: null,
  pausedUntil: null,
  pausedByUser: false,
  apiUsage: null,
  changes: { waiting: 0, attention: 0 },
  cacheProblem: null,
};
const now = 2 * 60_000 + 5_000;

describe('tray model', () => {
  it('says how fresh the cache is', () => {
    expect(trayModel(base, now)).toEqual({
      icon: 'synced',
      tooltip: 'Roadbook · Synced 2 min ago · 12,345 records',
      menu: [
        { id: 'sync-now', label: 'Sync now', enabled: true },
        { id: 'pause', label: 'Pause sync', enabled: true },
        { id: 'open', label: 'Open Roadbook', enabled: true },
        { id: 'quit', label: 'Quit Roadbook', enabled: true },
      ],
    });
  });

  it.each([
    [{ state: 'syncing' }, 'syncing', 'Roadbook · Syncing… · 12,345 records'],
    [{ state: 'offline' }, 'offline', 'Roadbook · Offline · Synced 2 min ago'],
    [
      { state: 'paused', pausedByUser: true },
      'paused',
      'Roadbook · Sync paused · Synced 2 min ago',
    ],
    [
      { state: 'needs-attention', message: 'Reconnect needed' },
      'attention',
      'Roadbook · Needs attention: Reconnect needed',
    ],
    [
      { state: 'not-connected', lastSuccess: null },
      'attention',
      'Roadbook · Not connected to Salesforce',
    ],
  ] as const)('%o shows %s', (change, icon, tooltip) => {
    const model = trayModel({ ...base, ...change } as SyncStatus, now);
    expect(model.icon).toBe(icon);
    expect(model.tooltip).toBe(tooltip);
  });

  it('counts the changes waiting for Salesforce, and asks for attention when one was refused', () => {
    const waiting = trayModel({ ...base, changes: { waiting: 3, attention: 0 } }, now);
    expect(waiting.icon).toBe('synced');
    expect(waiting.tooltip).toBe(
      'Roadbook · Synced 2 min ago · 12,345 records · 3 changes waiting',
    );
    const refused = trayModel({ ...base, changes: { waiting: 1, attention: 1 } }, now);
    expect(refused.icon).toBe('attention');
    expect(refused.tooltip).toBe(
      'Roadbook · Synced 2 min ago · 12,345 records · 1 change waiting (1 need you)',
    );
    const offline = trayModel(
      { ...base, state: 'offline', changes: { waiting: 2, attention: 0 } },
      now,
    );
    expect(offline.tooltip).toBe('Roadbook · Offline · Synced 2 min ago · 2 changes waiting');
  });

  it('offers Resume when the rep paused, and no Sync now while syncing or not connected', () => {
    expect(trayModel({ ...base, state: 'paused', pausedByUser: true }, now).menu[1]).toEqual({
      id: 'resume',
      label: 'Resume sync',
      enabled: true,
    });
    expect(trayModel({ ...base, state: 'syncing' }, now).menu[0]!.enabled).toBe(false);
    expect(
      trayModel({ ...base, state: 'not-connected' }, now)
        .menu.slice(0, 2)
        .map((m) => m.enabled),
    ).toEqual([false, false]);
  });

  it('still says something, with Quit, when the status cannot be read', () => {
    const model = trayModel(unreadableStatus, now);
    expect(model.icon).toBe('attention');
    expect(model.tooltip).toBe('Roadbook · Needs attention: open Roadbook to see what is wrong');
    expect(model.menu.find((m) => m.id === 'quit')).toEqual({
      id: 'quit',
      label: 'Quit Roadbook',
      enabled: true,
    });
  });
});
