import { describe, expect, it } from 'vitest';
import { formFields } from '../../../../src/core/outbox/formFields';
import { cachedDescribe, describeTtlMs } from '../../../../src/core/schema/fieldList';
import { recordDetail } from '../../../../src/core/views/recordDetail';
import { syncStateStore } from '../../../../src/core/store/syncState';
import { cachedRecords, serverRecords, syncHarness } from '../../../support/syncHarness';

const field = (h: Awaited<ReturnType<typeof syncHarness>>, object: string, name: string) =>
  new Map([...cachedRecords(h.db, object)].map(([id, r]) => [id, r[name]]));
const serverField = (h: Awaited<ReturnType<typeof syncHarness>>, object: string, name: string) =>
  new Map([...serverRecords(h.fake, object)].map(([id, r]) => [id, r[name]]));

describe('sync: fields added between syncs', () => {
  it("syncs the org's custom fields with the rest", async () => {
    const h = await syncHarness({ dataset: 'realistic', scale: { leads: 300 } });
    await h.sync({ objects: ['Opportunity', 'Account'] });
    const deals = [...cachedRecords(h.db, 'Opportunity').values()];
    expect(deals.every((d) => typeof d['Region__c'] === 'string')).toBe(true);
    expect(deals.some((d) => typeof d['Weighted_Amount__c'] === 'number')).toBe(true);
    // A long text area is left out.
    expect(deals.some((d) => 'Notes__c' in d)).toBe(false);
    expect(field(h, 'Account', 'Tier__c')).toEqual(serverField(h, 'Account', 'Tier__c'));
  });

  it('fills a field an admin added into the cached rows, without a reload', async () => {
    const h = await syncHarness({ dataset: 'demo' });
    await h.sync({ objects: ['Opportunity'] });
    const cursor = syncStateStore(h.db).get('Opportunity').cursor;
    h.fake.control.addField('Opportunity', {
      name: 'Expected__c',
      label: 'Expected',
      type: 'formula',
      returnType: 'currency',
      formula: 'Amount * Probability / 100',
    });
    h.fake.control.addField('Opportunity', { name: 'Key__c', label: 'Key', type: 'checkbox' });
    h.fake.control.advanceClock(describeTtlMs);
    h.fake.control.resetRequestCounts();

    await h.sync({ objects: ['Opportunity'] });

    expect(field(h, 'Opportunity', 'Expected__c')).toEqual(
      serverField(h, 'Opportunity', 'Expected__c'),
    );
    expect([...field(h, 'Opportunity', 'Key__c').values()].every((v) => v === false)).toBe(true);
    const calls = h.fake.control.requestCounts();
    // 3,000 deals: an incremental page, two pages of Id and the new fields; no Bulk job.
    expect(calls['bulk2.create']).toBeUndefined();
    expect(
      (calls['query'] ?? 0) + (calls['queryAll'] ?? 0) + (calls['queryMore'] ?? 0),
    ).toBeLessThan(8);
    const state = syncStateStore(h.db).get('Opportunity');
    expect(state.cursor! >= cursor!).toBe(true);

    h.fake.control.resetRequestCounts();
    await h.sync({ objects: ['Opportunity'] });
    expect(h.fake.control.requestCounts()['query'] ?? 0).toBeLessThanOrEqual(1);
  });

  it('fills a field the rep may now see, typed column and search included', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    h.fake.control.setVisibility(h.fake.userId, {
      hiddenFields: { Account: ['AnnualRevenue', 'Phone'] },
    });
    await h.sync({ objects: ['Account'] });
    expect(h.db.prepare('SELECT COUNT(annual_revenue) FROM sf_account').pluck().get()).toBe(0);

    h.fake.control.setVisibility(h.fake.userId, { hiddenFields: {} });
    h.fake.control.advanceClock(describeTtlMs);
    await h.sync({ objects: ['Account'] });

    expect(field(h, 'Account', 'AnnualRevenue')).toEqual(
      serverField(h, 'Account', 'AnnualRevenue'),
    );
    const withRevenue = [...serverRecords(h.fake, 'Account').values()].filter(
      (a) => typeof a['AnnualRevenue'] === 'number',
    ).length;
    expect(h.db.prepare('SELECT COUNT(annual_revenue) FROM sf_account').pluck().get()).toBe(
      withRevenue,
    );
  });

  it('brings a cache from before every field was synced up to date', async () => {
    const h = await syncHarness({ dataset: 'realistic', scale: { leads: 300 } });
    await h.sync({ objects: ['Account'] });
    // What an older Roadbook left: the fixed field list in every row, no list of synced fields.
    const old = new Set(['Id', 'SystemModstamp', 'LastModifiedDate', 'Name', 'Industry']);
    for (const [id, record] of cachedRecords(h.db, 'Account'))
      h.db
        .prepare('UPDATE sf_account SET json = ? WHERE id = ?')
        .run(
          JSON.stringify(Object.fromEntries(Object.entries(record).filter(([k]) => old.has(k)))),
          id,
        );
    h.db.prepare(`DELETE FROM sync_meta WHERE key LIKE 'synced_fields:%'`).run();

    await h.sync({ objects: ['Account'] });

    expect(field(h, 'Account', 'Region__c')).toEqual(serverField(h, 'Account', 'Region__c'));
    expect(field(h, 'Account', 'CreatedById')).toEqual(serverField(h, 'Account', 'CreatedById'));
  });

  it('clears a field the rep may no longer read from every cached row', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    await h.sync({ objects: ['Account'] });
    const revenue = () =>
      h.db.prepare('SELECT COUNT(annual_revenue) FROM sf_account').pluck().get();
    expect(revenue()).toBeGreaterThan(0);

    h.fake.control.setVisibility(h.fake.userId, {
      hiddenFields: { Account: ['AnnualRevenue', 'Phone'] },
    });
    h.fake.control.advanceClock(describeTtlMs);
    await h.sync({ objects: ['Account'] });

    const rows = [...cachedRecords(h.db, 'Account').values()];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => 'AnnualRevenue' in r || 'Phone' in r)).toEqual([]);
    expect(revenue()).toBe(0);
    const account = recordDetail(h.db, 'Account', String(rows[0]!['Id']))!;
    expect(account['Phone']).toBeUndefined();

    // Shown again, the values come back without a reload.
    h.fake.control.setVisibility(h.fake.userId, { hiddenFields: {} });
    h.fake.control.advanceClock(describeTtlMs);
    await h.sync({ objects: ['Account'] });
    expect(field(h, 'Account', 'Phone')).toEqual(serverField(h, 'Account', 'Phone'));
  });

  it('asks describe again at once when an older Roadbook cached it', async () => {
    const h = await syncHarness({ dataset: 'realistic', scale: { leads: 50 } });
    await h.sync({ objects: ['User', 'Account', 'Opportunity'] });
    // An older describe: no picklist details and no lookup targets.
    const old = (cachedDescribe(h.db, 'Opportunity') ?? []).map(
      ({ picklistValues: _values, referenceTo: _to, ...rest }) => rest,
    );
    h.db
      .prepare('UPDATE describe_cache SET fields = ? WHERE object = ?')
      .run(JSON.stringify(old), 'Opportunity');
    expect(formFields(h.db, 'Opportunity').find((f) => f.name === 'Partner__c')?.lookupTo).toBe(
      undefined,
    );
    h.fake.control.resetRequestCounts();

    await h.sync({ objects: ['Opportunity'] });

    expect(h.fake.control.requestCounts()['describe']).toBe(1);
    expect(formFields(h.db, 'Opportunity').find((f) => f.name === 'Partner__c')).toMatchObject({
      lookupTo: 'Account',
    });
  });
});
