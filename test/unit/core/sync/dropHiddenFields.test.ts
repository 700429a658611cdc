import { describe, expect, it } from 'vitest';
import { describeTtlMs } from '../../../../src/core/schema/fieldList';
import { searchRows } from '../../../../src/core/store/searchIndex';
import { serverRecords, syncHarness } from '../../../support/syncHarness';

describe('sync: a field hidden from the rep', () => {
  it('leaves the search index with the next sync, so its value finds nothing', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    await h.sync({ objects: ['Account', 'Contact'] });
    const account = [...serverRecords(h.fake, 'Account').values()].find(
      (a) => typeof a['Phone'] === 'string' && String(a['Phone']).replace(/\D/g, '').length > 6,
    )!;
    const digits = String(account['Phone']).replace(/\D/g, '');
    const found = () => searchRows(h.db, digits, 50).flatMap((m) => m.rows.map((r) => r.id));
    expect(found()).toContain(account['Id']);

    h.fake.control.setVisibility(h.fake.userId, { hiddenFields: { Account: ['Phone'] } });
    h.fake.control.advanceClock(describeTtlMs);
    await h.sync({ objects: ['Account', 'Contact'] });

    expect(found()).not.toContain(account['Id']);
    // The account is still found by what the rep may read.
    const name = String(account['Name']);
    expect(searchRows(h.db, name, 50).flatMap((m) => m.rows.map((r) => r.id))).toContain(
      account['Id'],
    );
  });
});
