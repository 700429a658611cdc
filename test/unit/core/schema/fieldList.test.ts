import { describe, expect, it } from 'vitest';
import { newRecordTypes } from '../../../../src/core/schema/newRecordTypes';
import { syncHarness } from '../../../support/syncHarness';

const scale = { users: 3, accounts: 20, contacts: 20, opportunities: 40, leads: 20 };

describe('schema: a cached describe that predates the org’s record types', () => {
  it.each([
    ['taken before the admin added them (Master only)', 'master'],
    ['kept by an older Roadbook (no record type infos)', 'none'],
  ])('is asked again at the next sync when %s', async (_case, kept) => {
    const h = await syncHarness({ dataset: 'realistic', scale });
    await h.sync({ objects: ['Opportunity'] });
    const offered = newRecordTypes(h.db, 'Opportunity').recordTypes;
    expect(offered.length).toBeGreaterThan(1);
    const key = 'record_type_infos:Opportunity';
    if (kept === 'none') h.db.prepare('DELETE FROM sync_meta WHERE key = ?').run(key);
    else
      h.db.prepare('UPDATE sync_meta SET value = ? WHERE key = ?').run(
        JSON.stringify([
          {
            recordTypeId: '012000000000000AAA',
            name: 'Master',
            available: true,
            defaultRecordTypeMapping: true,
            master: true,
          },
        ]),
        key,
      );
    expect(newRecordTypes(h.db, 'Opportunity').recordTypes).toEqual([]);
    h.fake.control.resetRequestCounts();

    await h.sync({ objects: ['Opportunity'] });

    expect(h.fake.control.requestCounts()['describe']).toBe(1);
    expect(newRecordTypes(h.db, 'Opportunity').recordTypes).toEqual(offered);
    // Caught up, the describe is kept again for its day.
    h.fake.control.resetRequestCounts();
    await h.sync({ objects: ['Opportunity'] });
    expect(h.fake.control.requestCounts()['describe']).toBeUndefined();
  });

  it.each(['tiny', 'realistic'] as const)(
    'is kept for its day once current, every object of the %s org',
    async (dataset) => {
      const h = await syncHarness({ dataset, scale });
      await h.sync();
      h.fake.control.resetRequestCounts();
      await h.sync();
      expect(h.fake.control.requestCounts()['describe']).toBeUndefined();
    },
  );
});
