import { describe, expect, it } from 'vitest';
import type { ListInput } from '../../../../src/shared/ipc/views';
import {
  listRecords,
  listSql,
  listFilter,
  tableColumns,
} from '../../../../src/core/views/listRecords';
import { indexChosenFields, syncedFieldList } from '../../../../src/core/views/fieldSql';
import { serverRecords, syncHarness } from '../../../support/syncHarness';

type DealInput = Extract<ListInput, { object: 'Opportunity' }>;
const context = { userId: 'x', now: new Date() };

describe('views: any synced field as a column, a filter and a sort', () => {
  it('lists, sorts and filters deals by custom fields, indexed once chosen', async () => {
    const h = await syncHarness({ dataset: 'realistic', scale: { leads: 100 } });
    await h.sync({ objects: ['User', 'Account', 'Opportunity'] });
    const fields = syncedFieldList(h.db, 'Opportunity');
    expect(fields.find((f) => f.name === 'Region__c')).toMatchObject({
      label: 'Region',
      type: 'picklist',
      picklist: ['EMEA', 'AMER', 'APAC'],
    });
    expect(fields.some((f) => f.name === 'Notes__c')).toBe(false);
    // The sync's bookkeeping is no column a rep would pick.
    expect(fields.map((f) => f.name)).not.toContain('SystemModstamp');
    expect(fields.map((f) => f.name)).toContain('LastModifiedDate');

    const server = [...serverRecords(h.fake, 'Opportunity').values()];
    const emeaStrategic = server.filter(
      (d) =>
        d['Region__c'] === 'EMEA' &&
        d['Strategic__c'] === true &&
        Number(d['Discount__c'] ?? -1) >= 5,
    );
    const input: DealInput = {
      object: 'Opportunity',
      filter: {
        owner: 'all',
        fields: [
          { field: 'Region__c', values: ['EMEA'] },
          { field: 'Strategic__c', is: true },
          { field: 'Discount__c', min: 5 },
        ],
      },
      sort: { column: 'Next_Step_Date__c', desc: false },
      offset: 0,
      limit: 500,
    };
    const page = listRecords(h.db, input, context);
    expect(page.total).toBe(emeaStrategic.length);
    expect(page.rows.map((r) => r['Id']).sort()).toEqual(emeaStrategic.map((d) => d['Id']).sort());
    const days = page.rows.map((r) => r['Next_Step_Date__c']);
    const sorted = [...days].sort((a, b) =>
      a === null ? -1 : b === null ? 1 : String(a).localeCompare(String(b)),
    );
    expect(days).toEqual(sorted);

    const byCountry: DealInput = {
      ...input,
      filter: { owner: 'all', fields: [{ field: 'Country__c', values: ['Japan', 'Brazil'] }] },
      sort: { column: 'Country__c', desc: true },
    };
    const countries = listRecords(h.db, { ...byCountry, limit: 500 }, context).rows.map(
      (r) => r['Country__c'],
    );
    expect(countries[0]).toBe('Japan');
    expect(countries.at(-1)).toBe('Brazil');

    const plan = () => {
      const filter = listFilter(h.db, byCountry, context);
      const sql = listSql(h.db, byCountry, filter).rows;
      return JSON.stringify(
        h.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...filter.params, 100, 0),
      );
    };
    expect(plan()).not.toContain('sf_opportunity_f_country__c');
    indexChosenFields(h.db, byCountry, tableColumns('Opportunity'));
    expect(plan()).toContain('sf_opportunity_f_country__c');
  });

  it("sorts one owner's deals by a field through an index with the owner first", async () => {
    const h = await syncHarness({ dataset: 'realistic', scale: { leads: 100 } });
    await h.sync({ objects: ['User', 'Account', 'Opportunity'] });
    const { owner } = h.db
      .prepare(
        `SELECT owner_id AS owner FROM sf_opportunity GROUP BY owner_id ORDER BY COUNT(*) DESC`,
      )
      .get() as { owner: string };
    const mine = { userId: owner, now: new Date() };
    const byRegion: DealInput = {
      object: 'Opportunity',
      filter: { owner: 'me' },
      sort: { column: 'Region__c', desc: true },
      offset: 3,
      limit: 20,
    };
    const ids = () => listRecords(h.db, byRegion, mine).rows.map((r) => r['Id']);
    // The plan of the window's row ids, the subquery: whether it sorts the owner's every deal.
    const windowPlan = () => {
      const filter = listFilter(h.db, byRegion, mine);
      const sql = listSql(h.db, byRegion, filter).rows;
      const plan = h.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...filter.params, 20, 3) as {
        id: number;
        parent: number;
        detail: string;
      }[];
      const subquery = plan.find((step) => step.detail.startsWith('LIST SUBQUERY'))!;
      return plan.filter((step) => step.parent === subquery.id).map((step) => step.detail);
    };
    const before = ids();
    expect(before).toHaveLength(20);
    expect(windowPlan().join()).toContain('TEMP B-TREE');
    indexChosenFields(h.db, byRegion, tableColumns('Opportunity'));
    expect(windowPlan()).toEqual([
      'SEARCH sf_opportunity USING COVERING INDEX sf_opportunity_f_region__c_by_owner (owner_id=?)',
    ]);
    expect(ids()).toEqual(before);
    // Everyone's deals need no such index: the field's own one walks them in order.
    const everyone: DealInput = {
      ...byRegion,
      filter: { owner: 'all' },
      sort: { column: 'Next_Step_Date__c', desc: false },
    };
    indexChosenFields(h.db, everyone, tableColumns('Opportunity'));
    const made = h.db
      .prepare(
        `SELECT name FROM sqlite_master WHERE name = 'sf_opportunity_f_next_step_date__c_by_owner'`,
      )
      .get();
    expect(made).toBeUndefined();
  });

  it('skips a field the cache does not hold instead of failing the table', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    await h.sync({ objects: ['User', 'Account'] });
    const page = listRecords(
      h.db,
      {
        object: 'Account',
        filter: { owner: 'all', fields: [{ field: 'Gone__c', values: ['x'] }] },
        sort: { column: 'Gone__c', desc: false },
        offset: 0,
        limit: 100,
      },
      context,
    );
    expect(page.total).toBe(serverRecords(h.fake, 'Account').size);
  });
});
