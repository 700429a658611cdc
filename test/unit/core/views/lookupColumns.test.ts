import { describe, expect, it } from 'vitest';
import type { ListInput } from '../../../../src/shared/ipc/views';
import { lookupNameKey } from '../../../../src/shared/lookups';
import { syncedFieldList } from '../../../../src/core/views/fieldSql';
import { exportRows } from '../../../../src/core/views/exportRows';
import { listRecords } from '../../../../src/core/views/listRecords';
import { lookupChoices } from '../../../../src/core/views/lookupChoices';
import { recordDetail } from '../../../../src/core/views/recordDetail';
import { serverRecords, syncHarness } from '../../../support/syncHarness';

type DealInput = Extract<ListInput, { object: 'Opportunity' }>;
const context = { userId: 'x', now: new Date() };

describe('views: lookups read as the names of the records they point at', () => {
  it('names a custom lookup, sorts by that name, and shows "—" for a record not synced', async () => {
    const h = await syncHarness({ dataset: 'realistic', scale: { leads: 50 } });
    await h.sync({ objects: ['User', 'Account', 'Opportunity'] });
    const partner = syncedFieldList(h.db, 'Opportunity').find((f) => f.name === 'Partner__c');
    expect(partner).toMatchObject({ label: 'Partner', type: 'reference' });
    // Describe's "Account ID" reads as Lightning shows it.
    expect(syncedFieldList(h.db, 'Opportunity').find((f) => f.name === 'AccountId')?.label).toBe(
      'Account',
    );

    const accounts = serverRecords(h.fake, 'Account');
    const deals = [...serverRecords(h.fake, 'Opportunity').values()];
    const nameOf = (id: unknown) =>
      typeof id === 'string' ? String(accounts.get(id)?.['Name']) : null;
    const input: DealInput = {
      object: 'Opportunity',
      filter: { owner: 'all' },
      sort: { column: 'Partner__c', desc: true },
      offset: 0,
      limit: 500,
    };
    const rows = listRecords(h.db, input, context).rows;
    expect(rows).toHaveLength(Math.min(500, deals.length));
    const names = rows.map((r) => r[lookupNameKey('Partner__c')]);
    expect(names).toEqual(rows.map((r) => nameOf(r['Partner__c'])));
    const withPartner = names.filter((n): n is string => n !== null);
    expect(withPartner.length).toBeGreaterThan(0);
    // SQLite's NOCASE folds ASCII letters only, and compares code units.
    const folded = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
    expect(withPartner.map(folded)).toEqual(
      withPartner.map(folded).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)),
    );
    // Descending puts the deals without a partner (NULL sorts first ascending) last.
    expect(names.slice(withPartner.length).every((n) => n === null)).toBe(true);

    // An export writes the partner's name, as the table shows it.
    const exported = exportRows(
      h.db,
      {
        question: { object: 'Opportunity', filter: input.filter, sort: input.sort },
        columns: [
          { field: 'Name', label: 'Name' },
          { field: 'Partner__c', label: 'Partner' },
        ],
      },
      context,
    );
    const lines = exported.csv.split('\n');
    expect(lines[0]).toBe('"Name","Partner"');
    expect(lines[1]).toContain(String(rows[0]![lookupNameKey('Partner__c')]));
    expect(exported.csv).not.toContain(String(rows[0]!['Partner__c']));

    // A partner account the cache does not hold reads as no name, never as its id.
    const deal = rows.find((r) => r['Partner__c'])!;
    h.db.prepare('DELETE FROM sf_account WHERE id = ?').run(deal['Partner__c']);
    const detail = recordDetail(h.db, 'Opportunity', String(deal['Id']))!;
    expect(detail[lookupNameKey('Partner__c')]).toBeNull();
    expect(detail[lookupNameKey('OwnerId')]).toEqual(expect.any(String));
  });

  it('offers the cached records whose name holds every word typed, by name', async () => {
    const h = await syncHarness({ dataset: 'realistic', scale: { leads: 20 } });
    await h.sync({ objects: ['User', 'Account'] });
    const accounts = [...serverRecords(h.fake, 'Account').values()].map((a) => String(a['Name']));
    const word = accounts[0]!.split(' ')[0]!;
    const choices = lookupChoices(h.db, 'Account', word.toLowerCase());
    const holding = accounts.filter((n) => n.toLowerCase().includes(word.toLowerCase()));
    expect(choices.map((c) => c.name)).toEqual(
      [...holding].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)).slice(0, 20),
    );
    expect(lookupChoices(h.db, 'Account', 'zzqx nothing')).toEqual([]);
    expect(lookupChoices(h.db, 'User', '').length).toBeGreaterThan(0);
  });
});
