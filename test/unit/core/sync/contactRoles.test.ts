import { describe, expect, it } from 'vitest';
import { expectCacheEqualsServer, syncHarness, type Harness } from '../../../support/syncHarness';

const cachedRoles = (h: Harness) =>
  h.db
    .prepare(
      'SELECT id, opportunity_id AS deal, contact_id AS contact, role, is_primary AS primaryRole FROM sf_opportunity_contact_role ORDER BY id',
    )
    .all() as Array<{
    id: string;
    deal: string;
    contact: string;
    role: string;
    primaryRole: number;
  }>;
const liveRoles = (h: Harness) =>
  h.fake.control.all('OpportunityContactRole').filter((r) => !r['IsDeleted']);

describe('sync: contact roles', () => {
  it('caches every role of the synced deals with its role and primary flag', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    await h.sync();
    const server = liveRoles(h);
    expect(server.length).toBeGreaterThan(0);
    const cached = cachedRoles(h);
    expect(cached.map((r) => r.id)).toEqual(server.map((r) => r.Id).sort());
    const primary = server.find((r) => r['IsPrimary'] === true)!;
    expect(cached.find((r) => r.id === primary.Id)).toMatchObject({
      deal: primary['OpportunityId'],
      contact: primary['ContactId'],
      role: primary['Role'],
      primaryRole: 1,
    });
    expectCacheEqualsServer(h, expect);
  });

  it('drops the roles of a deleted deal or contact, and follows a new primary', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    await h.sync();
    const [first, second] = liveRoles(h).filter(
      (r, i, all) => all.findIndex((o) => o['OpportunityId'] === r['OpportunityId']) === i,
    );
    h.fake.control.remove('Opportunity', String(first!['OpportunityId']));
    h.fake.control.remove('Contact', String(second!['ContactId']));
    const other = liveRoles(h).find((r) => r['IsPrimary'] !== true)!;
    h.fake.control.update('OpportunityContactRole', other.Id, { IsPrimary: true });
    await h.sync();
    const cached = cachedRoles(h);
    expect(cached.map((r) => r.id)).not.toContain(first!.Id);
    expect(cached.map((r) => r.id)).not.toContain(second!.Id);
    const primaries = cached.filter((r) => r.deal === other['OpportunityId'] && r.primaryRole);
    expect(primaries.map((r) => r.id)).toEqual([other.Id]);
    expectCacheEqualsServer(h, expect);
  });

  it('keeps only the roles of the rep’s own deals when deals are "mine"', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    await h.sync();
    const mine = liveRoles(h)
      .filter(
        (r) =>
          h.fake.control.get('Opportunity', String(r['OpportunityId']))?.['OwnerId'] ===
          h.fake.userId,
      )
      .map((r) => r.Id)
      .sort();
    expect(mine.length).toBeLessThan(liveRoles(h).length);
    await h.sync({ scopes: { Opportunity: { scope: 'mine', cap: null } } });
    expect(cachedRoles(h).map((r) => r.id)).toEqual(mine);
  });

  it('removes a role purged from the recycle bin on the weekly reconcile', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    await h.sync();
    const gone = liveRoles(h)[0]!;
    h.fake.control.remove('OpportunityContactRole', gone.Id);
    h.fake.control.advanceClock(16 * 86_400_000);
    h.fake.control.purgeRecycleBin();
    await h.sync({ reconcile: true });
    expect(cachedRoles(h).map((r) => r.id)).not.toContain(gone.Id);
  });
});
