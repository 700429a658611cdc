import { describe, expect, it } from 'vitest';
import { keyOf, userIdOf, type ConnectionRecord } from '../../../../src/core/auth/connectionRecord';
import { connectionStore } from '../../../../src/core/auth/connectionStore';
import { createMemorySettings } from '../../../../src/core/settings/settingsStore';

const record = (orgId: string, userId: string, username: string): ConnectionRecord => ({
  orgId,
  userId,
  username,
  displayName: username,
  orgName: 'Acme',
  isSandbox: false,
  instanceUrl: 'https://acme.my.salesforce.com',
  loginHost: 'https://login.salesforce.com',
  clientId: 'client',
  state: 'connected',
});

describe('userIdOf', () => {
  it.each([
    ['00D000000000001AAA', '005000000000001AAA'],
    ['00Dxx0000001gPL', '005xx000001Sv6e'],
  ])('reads the user back from the key of org %s', (orgId, userId) => {
    expect(userIdOf(keyOf({ orgId, userId }))).toBe(userId);
  });
});

describe('connectionStore', () => {
  it('adds, replaces, changes and forgets connections by key', () => {
    const store = connectionStore(createMemorySettings());
    const ada = record('00DA', '005A', 'ada@acme.com');
    const bob = record('00DA', '005B', 'bob@acme.com');
    store.put(ada);
    store.put(bob);
    store.put({ ...ada, displayName: 'Ada L.' });
    expect(store.all().map((r) => r.displayName)).toEqual(['bob@acme.com', 'Ada L.']);

    store.update(keyOf(bob), { state: 'reconnect-needed', reason: 'Sign in again.' });
    expect(store.get(keyOf(bob))).toMatchObject({ state: 'reconnect-needed' });
    expect(store.get(keyOf(ada))?.state).toBe('connected');

    expect(store.remove(keyOf(ada))).toEqual([store.get(keyOf(bob))]);
    expect(store.get(keyOf(ada))).toBeUndefined();
  });

  it('is what the app saved: the CLI reads the same list from the same settings', () => {
    const settings = createMemorySettings();
    connectionStore(settings).put(record('00DA', '005A', 'ada@acme.com'));
    expect(
      connectionStore(settings)
        .all()
        .map((r) => r.username),
    ).toEqual(['ada@acme.com']);
  });
});
