import { describe, expect, it } from 'vitest';
import { notConnectedStatus, type SyncStatus } from '../../../../src/shared/ipc/syncStatus';
import {
  isStored,
  stillLoadingLine,
  storedSoFar,
} from '../../../../src/renderer/src/sync/syncProgress';

const firstSync = (progress: SyncStatus['progress']): SyncStatus => ({
  ...notConnectedStatus,
  state: 'syncing',
  progress,
});
const accountsStored = firstSync([
  { object: 'Account', done: 12, total: 12, stored: true },
  { object: 'Lead', done: 2000, total: 5000 },
]);
const syncedBefore: SyncStatus = { ...accountsStored, lastSuccess: 1, records: 5012 };

describe('which objects a view can show', () => {
  it.each<[string, SyncStatus | undefined, string, boolean]>([
    ['nothing known yet', undefined, 'Lead', false],
    ['first sync, object stored', accountsStored, 'Account', true],
    ['first sync, object still coming', accountsStored, 'Lead', false],
    ['first sync, object not begun', accountsStored, 'Contact', false],
    ['synced before, another sync running', syncedBefore, 'Contact', true],
    ['records counted from the cache', { ...notConnectedStatus, records: 3 }, 'Lead', true],
  ])('%s: %s', (_what, sync, object, stored) => {
    expect(isStored(sync, object)).toBe(stored);
  });

  it.each<[string, SyncStatus | undefined, number]>([
    ['nothing known yet', undefined, 0],
    ['first sync, one stored', accountsStored, 1],
    ['synced before: views ask again when it ends, not per object', syncedBefore, 0],
  ])('stored so far: %s', (_what, sync, count) => {
    expect(storedSoFar(sync)).toBe(count);
  });
});

describe('what a view says while its objects load', () => {
  it.each<[string, string[], SyncStatus['progress'], string]>([
    ['no progress yet', ['Lead'], [], 'Loading leads…'],
    ['starting', ['Lead'], [{ object: 'Lead', done: 0 }], 'Loading leads…'],
    [
      'counted',
      ['Lead'],
      [{ object: 'Lead', done: 120000, total: 400000 }],
      'Loading leads… 120,000 of 400,000',
    ],
    ['no total', ['Task'], [{ object: 'Task', done: 5000 }], 'Loading tasks… 5,000'],
    [
      'two objects',
      ['Contact', 'Opportunity'],
      [{ object: 'Opportunity', done: 10, total: 20 }],
      'Loading contacts… · Loading opportunities… 10 of 20',
    ],
  ])('%s', (_what, objects, progress, line) => {
    expect(stillLoadingLine(objects, progress, 'en-US')).toBe(line);
  });
});
