import { describe, expect, it } from 'vitest';
import { notConnectedStatus, type SyncStatus } from '../../../src/shared/ipc/syncStatus';
import { progressLine, syncWording } from '../../../src/shared/syncWording';

const now = Date.UTC(2026, 0, 2, 10, 2, 5);
const synced: SyncStatus = {
  ...notConnectedStatus,
  state: 'idle',
  lastSuccess: now - 2 * 60_000 - 5_000,
  records: 12345,
};
const offlineLine =
  'Offline · Data from 2 min ago. You are seeing the records on this computer; edits and sync resume when the network is back.';

describe('syncWording', () => {
  it.each<[string, Partial<SyncStatus>, string, string]>([
    ['not connected', notConnectedStatus, 'Not connected to Salesforce', 'Not synced yet'],
    ['synced', {}, 'Synced 2 min ago · 12,345 records', 'Data from 2 min ago'],
    ['never synced', { lastSuccess: null }, 'Not synced yet · 12,345 records', 'Not synced yet'],
    [
      'syncing, nothing counted yet',
      { state: 'syncing' },
      'Syncing… · 12,345 records',
      'Syncing… · Data from 2 min ago',
    ],
    [
      'syncing an object of known size',
      { state: 'syncing', progress: [{ object: 'Lead', done: 2000, total: 5000 }] },
      'Syncing Leads 2,000 of 5,000…',
      'Syncing… · Data from 2 min ago',
    ],
    [
      'syncing an object of unknown size',
      { state: 'syncing', progress: [{ object: 'Account', done: 400 }] },
      'Syncing Accounts 400…',
      'Syncing… · Data from 2 min ago',
    ],
    [
      'first sync, nothing counted yet',
      { state: 'syncing', lastSuccess: null, records: 0 },
      'Syncing…',
      'Syncing… · Not synced yet',
    ],
    [
      'syncing after one object is stored',
      {
        state: 'syncing',
        progress: [
          { object: 'Opportunity', done: 10, total: 40 },
          { object: 'Account', done: 12, total: 12, stored: true },
        ],
      },
      'Syncing Opportunities 10 of 40…',
      'Syncing… · Data from 2 min ago',
    ],
    [
      'paused by the rep',
      { state: 'paused', pausedByUser: true },
      'Sync paused · Synced 2 min ago',
      'Data from 2 min ago',
    ],
    ['offline', { state: 'offline' }, 'Offline · Synced 2 min ago', offlineLine],
    [
      'needing attention',
      { state: 'needs-attention', message: 'Reconnect needed' },
      'Needs attention: Reconnect needed',
      'Data from 2 min ago',
    ],
    [
      'needing attention, no reason given',
      { state: 'needs-attention', message: null },
      'Sync needs attention',
      'Data from 2 min ago',
    ],
  ])('%s', (_what, change, summary, dataAge) => {
    const wording = syncWording({ ...synced, ...change }, now, 'en-US');
    expect(wording.summary).toBe(summary);
    expect(wording.dataAge).toBe(dataAge);
  });

  it('says until when the API limit pauses sync', () => {
    const pausedUntil = Date.UTC(2026, 0, 2, 11, 30);
    const { summary } = syncWording({ ...synced, state: 'paused', pausedUntil }, now, 'en-US');
    const time = new Date(pausedUntil).toLocaleTimeString('en-US', {
      hour: '2-digit',
      minute: '2-digit',
    });
    expect(summary).toBe(`Sync paused until ${time} · Synced 2 min ago`);
  });

  it.each([
    [{ waiting: 0, attention: 0 }, ''],
    [{ waiting: 1, attention: 0 }, ' · 1 change waiting'],
    [{ waiting: 1200, attention: 0 }, ' · 1,200 changes waiting'],
    [{ waiting: 3, attention: 1 }, ' · 3 changes waiting (1 need you)'],
  ])('counts the changes waiting: %o', (changes, expected) => {
    expect(syncWording({ ...synced, changes }, now, 'en-US').changes).toBe(expected);
  });
});

describe('progressLine', () => {
  it.each<[SyncStatus['progress'][number], string]>([
    [{ object: 'Lead', done: 12_400, total: 100_030 }, 'Leads 12,400 of 100,030'],
    [{ object: 'Opportunity', done: 0, total: 5 }, 'Opportunities 0 of 5'],
    [{ object: 'OpportunityStage', done: 9 }, 'Stages 9'],
    [{ object: 'Lead', done: 0 }, 'Leads, starting'],
    [{ object: 'Custom__c', done: 3, total: 3, stored: true }, 'Custom__c 3 of 3'],
  ])('%o', (progress, line) => {
    expect(progressLine(progress, 'en-US')).toBe(line);
  });
});
