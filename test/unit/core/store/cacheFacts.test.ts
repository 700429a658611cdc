import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFacts } from '../../../../src/core/store/cacheFacts';
import { openDatabase } from '../../../../src/core/store/openDatabase';
import { tempDir } from '../../../support/tempDir';

const early = '2026-03-01T09:00:00.000Z';
const late = '2026-03-01T10:00:00.000Z';

describe('what the cache says of its last sync', () => {
  it.each([
    { case: 'nothing synced yet', rows: [], lastSuccess: null, records: 0 },
    {
      case: 'every object synced: the oldest of them',
      rows: [
        ['User', late, 3],
        ['Account', early, 40],
      ],
      lastSuccess: Date.parse(early),
      records: 43,
    },
    {
      // A first sync under way (or cut off): the users are in, the accounts still loading.
      case: 'an object begun and not finished',
      rows: [
        ['User', late, 3],
        ['Account', null, 2000],
      ],
      lastSuccess: null,
      records: 2003,
    },
  ] as const)('$case', ({ rows, lastSuccess, records }) => {
    const db = openDatabase(path.join(tempDir('facts'), 'cache.sqlite'));
    try {
      const insert = db.prepare(
        'INSERT INTO sync_state (object, last_success, records) VALUES (?, ?, ?)',
      );
      for (const row of rows) insert.run(...row);
      expect(cacheFacts(db)).toEqual({ lastSuccess, records });
    } finally {
      db.close();
    }
  });
});
