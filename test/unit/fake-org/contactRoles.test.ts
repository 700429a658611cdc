import type { Connection } from 'jsforce';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOrg, type FakeOrg, type FakeOrgOptions } from '../../fake-org';
import type { SfRecord } from '../../fake-org/store';
import { failure, signIn } from '../../support/fakeOrgSignIn';

let fake: FakeOrg;
let conn: Connection;
afterEach(async () => fake?.stop());

async function start(options: FakeOrgOptions = {}) {
  fake = await startFakeOrg({ autoApprove: true, ...options });
  conn = await signIn(fake);
}

describe('fake org contact roles', () => {
  it('gives most deals roles among their account’s contacts, one primary each', async () => {
    await start();
    const deals = fake.control.all('Opportunity');
    const roles = fake.control.all('OpportunityContactRole');
    const withRoles = new Set(roles.map((r) => r['OpportunityId']));
    expect(withRoles.size).toBeGreaterThan(deals.length / 2);
    for (const dealId of withRoles) {
      const own = roles.filter((r) => r['OpportunityId'] === dealId);
      expect(own.filter((r) => r['IsPrimary'] === true)).toHaveLength(1);
      const deal = fake.control.get('Opportunity', String(dealId))!;
      for (const role of own)
        expect(fake.control.get('Contact', String(role['ContactId']))?.['AccountId']).toBe(
          deal['AccountId'],
        );
    }
  });

  it('is queried by SystemModstamp and lists under both parents', async () => {
    await start();
    const role = fake.control.all('OpportunityContactRole')[0]!;
    const result = await conn.query<SfRecord>(
      `SELECT Id, Role, IsPrimary, Contact.Name, Opportunity.OwnerId FROM OpportunityContactRole WHERE SystemModstamp <= ${new Date().toISOString().slice(0, 19)}Z ORDER BY SystemModstamp, Id`,
    );
    expect(result.records.map((r) => r.Id)).toContain(role.Id);
    const deal = await conn.query<SfRecord>(
      `SELECT (SELECT ContactId FROM OpportunityContactRoles) FROM Opportunity WHERE Id = '${String(role['OpportunityId'])}'`,
    );
    expect(deal.records[0]!['OpportunityContactRoles']).toMatchObject({
      records: expect.arrayContaining([
        { attributes: expect.anything(), ContactId: role['ContactId'] },
      ]),
    });
  });

  it('keeps one primary per deal and refuses moving a role to another deal', async () => {
    await start();
    const role = fake.control.all('OpportunityContactRole').find((r) => !r['IsPrimary'])!;
    const primary = fake.control
      .all('OpportunityContactRole')
      .find((r) => r['IsPrimary'] && r['OpportunityId'] === role['OpportunityId'])!;
    await conn.sobject('OpportunityContactRole').update({ Id: role.Id, IsPrimary: true });
    expect(fake.control.get('OpportunityContactRole', primary.Id)?.['IsPrimary']).toBe(false);
    expect(fake.control.get('OpportunityContactRole', role.Id)?.['IsPrimary']).toBe(true);
    const other = fake.control.all('Opportunity').find((d) => d.Id !== role['OpportunityId'])!;
    const error = await failure(
      conn.sobject('OpportunityContactRole').update({ Id: role.Id, OpportunityId: other.Id }),
    );
    expect(error.errorCode).toBe('INVALID_FIELD_FOR_INSERT_UPDATE');
  });

  it('goes to the recycle bin with its deal or its contact', async () => {
    await start();
    const [first, second] = fake.control
      .all('OpportunityContactRole')
      .filter((r, i, all) => all.findIndex((o) => o['OpportunityId'] === r['OpportunityId']) === i);
    fake.control.remove('Opportunity', String(first!['OpportunityId']));
    fake.control.remove('Contact', String(second!['ContactId']));
    expect(fake.control.get('OpportunityContactRole', first!.Id)?.['IsDeleted']).toBe(true);
    expect(fake.control.get('OpportunityContactRole', second!.Id)?.['IsDeleted']).toBe(true);
  });

  it('shares a role as its deal: private sharing shows the roles of the rep’s own deals', async () => {
    await start({ sharing: 'private' });
    const result = await conn.query<SfRecord>('SELECT OpportunityId FROM OpportunityContactRole');
    const mine = fake.control
      .all('OpportunityContactRole')
      .filter(
        (r) =>
          fake.control.get('Opportunity', String(r['OpportunityId']))?.['OwnerId'] === fake.userId,
      );
    expect(mine.length).toBeGreaterThan(0);
    expect(result.records).toHaveLength(mine.length);
  });
});
