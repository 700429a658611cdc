import type { Connection } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOrg, type FakeOrg } from '../../fake-org';
import { dayMs, formatDate } from '../../fake-org/clock';
import type { SfRecord } from '../../fake-org/store';
import { failure, signIn } from '../../support/fakeOrgSignIn';

let fake: FakeOrg;
let conn: Connection;
const live = (type: string) => fake.control.all(type).filter((r) => !r['IsDeleted']);

beforeAll(async () => {
  fake = await startFakeOrg({ dataset: 'demo', autoApprove: true });
  conn = await signIn(fake);
});
afterAll(async () => fake.stop());

describe('fake org SOQL', () => {
  it('pages 2000 rows at a time and autoFetch collects every row once', async () => {
    const truth = live('Contact').length;
    const first = await conn.query<SfRecord>('SELECT Id FROM Contact');
    expect(first).toMatchObject({ totalSize: truth, done: false });
    expect(first.records).toHaveLength(2000);
    expect(first.nextRecordsUrl).toMatch(/\/services\/data\/v62\.0\/query\/01g[A-Za-z0-9]+-2000$/);
    const all = await conn
      .query<SfRecord>('SELECT Id FROM Contact')
      .run({ autoFetch: true, maxFetch: 100_000 });
    expect(all.records).toHaveLength(truth);
    expect(new Set(all.records.map((r) => r.Id)).size).toBe(truth);
  });

  it('honours Sforce-Query-Options batchSize', async () => {
    const result = await conn.query('SELECT Id FROM Lead', {
      headers: { 'Sforce-Query-Options': 'batchSize=500' },
    });
    expect(result.records).toHaveLength(500);
    const more = await conn.queryMore(result.nextRecordsUrl!);
    expect(more.records).toHaveLength(500);
  });

  it('answers an unknown locator with INVALID_QUERY_LOCATOR', async () => {
    expect(await failure(conn.queryMore('01gXXXXX00000000-2000'))).toMatchObject({
      errorCode: 'INVALID_QUERY_LOCATOR',
    });
  });

  it('nests parent fields, with null for a missing parent, in canonical casing', async () => {
    const orphan = fake.control.create('Contact', { LastName: 'Orphan' });
    const result = await conn.query<SfRecord>(
      `select id, lastname, account.name, account.owner.name from contact where id = '${orphan.Id}' or accountid != null order by id desc limit 2`,
    );
    const [withAccount, withoutAccount] = [
      result.records.find((r) => r['Account'])!,
      result.records.find((r) => !r['Account'])!,
    ];
    expect(Object.keys(withoutAccount)).toEqual(['attributes', 'Id', 'LastName', 'Account']);
    expect(withoutAccount['Account']).toBeNull();
    const account = fake.control.get(
      'Account',
      (fake.control.get('Contact', withAccount.Id) as SfRecord)['AccountId'] as string,
    );
    expect(withAccount['Account']).toMatchObject({
      attributes: { type: 'Account', url: `/services/data/v62.0/sobjects/Account/${account.Id}` },
      Name: account['Name'],
      Owner: {
        attributes: { type: 'User' },
        Name: fake.control.get('User', account['OwnerId'] as string)['Name'],
      },
    });
  });

  it('returns child sub-queries, null when a parent has none', async () => {
    const lonely = fake.control.create('Account', { Name: 'No Contacts Ltd' });
    const result = await conn.query<SfRecord>(
      `SELECT Id, (SELECT Id, LastName FROM Contacts ORDER BY LastName) FROM Account WHERE Id = '${lonely.Id}' OR Name LIKE 'Acme%' ORDER BY Id DESC LIMIT 5`,
    );
    const empty = result.records.find((r) => r.Id === lonely.Id)!;
    expect(empty['Contacts']).toBeNull();
    const full = result.records.find((r) => r['Contacts'])!;
    const truth = live('Contact').filter((c) => c['AccountId'] === full.Id);
    expect(full['Contacts']).toMatchObject({ totalSize: truth.length, done: true });
  });

  it('applies AND/OR with parentheses as Salesforce does, and refuses an unparenthesised mix', async () => {
    const soql =
      "SELECT Id FROM Lead WHERE (Rating = 'Hot' OR Rating = 'Warm') AND LeadSource = 'Web'";
    const result = await conn.query<SfRecord>(soql).run({ autoFetch: true, maxFetch: 100_000 });
    const truth = live('Lead').filter(
      (l) => (l['Rating'] === 'Hot' || l['Rating'] === 'Warm') && l['LeadSource'] === 'Web',
    );
    expect(result.records.map((r) => r.Id).sort()).toEqual(truth.map((r) => r.Id).sort());
    const negated = await conn.query(
      "SELECT COUNT() FROM Lead WHERE NOT (Rating = 'Hot' OR Rating = null)",
    );
    expect(negated.totalSize).toBe(
      live('Lead').filter((l) => l['Rating'] !== 'Hot' && l['Rating'] !== null).length,
    );
    const mixed = await failure(
      conn.query("SELECT Id FROM Lead WHERE Rating = 'Hot' AND LeadSource = 'Web' OR Status = 'x'"),
    );
    expect(mixed.errorCode).toBe('MALFORMED_QUERY');
  });

  it('evaluates LIKE case-insensitively and IN / NOT IN lists', async () => {
    const like = await conn.query("SELECT COUNT() FROM Account WHERE Name LIKE 'acme%'");
    expect(like.totalSize).toBe(
      live('Account').filter((a) => String(a['Name']).toLowerCase().startsWith('acme')).length,
    );
    expect(like.totalSize).toBeGreaterThan(0);
    const notIn = await conn.query(
      "SELECT COUNT() FROM Lead WHERE Status NOT IN ('Closed - Converted', 'Closed - Not Converted')",
    );
    expect(notIn.totalSize).toBe(
      live('Lead').filter((l) => !String(l['Status']).startsWith('Closed')).length,
    );
  });

  it('resolves date literals against the org clock', async () => {
    const today = formatDate(fake.control.state().now);
    const in30 = formatDate(fake.control.state().now + 30 * dayMs);
    const next30 = await conn.query(
      'SELECT COUNT() FROM Opportunity WHERE CloseDate = NEXT_N_DAYS:30',
    );
    expect(next30.totalSize).toBe(
      live('Opportunity').filter(
        (o) => String(o['CloseDate']) > today && String(o['CloseDate']) <= in30,
      ).length,
    );
    const overdue = await conn.query(
      'SELECT COUNT() FROM Opportunity WHERE CloseDate < TODAY AND IsClosed = false',
    );
    expect(overdue.totalSize).toBe(
      live('Opportunity').filter((o) => String(o['CloseDate']) < today && !o['IsClosed']).length,
    );
    expect(overdue.totalSize).toBeGreaterThan(0);
    const d = new Date(fake.control.state().now);
    const q = Math.floor(d.getUTCMonth() / 3) * 3;
    const [qs, qe] = [
      formatDate(Date.UTC(d.getUTCFullYear(), q, 1)),
      formatDate(Date.UTC(d.getUTCFullYear(), q + 3, 1)),
    ];
    const quarter = await conn.query(
      'SELECT COUNT() FROM Opportunity WHERE CloseDate = THIS_QUARTER',
    );
    expect(quarter.totalSize).toBe(
      live('Opportunity').filter((o) => String(o['CloseDate']) >= qs && String(o['CloseDate']) < qe)
        .length,
    );
    const week = await conn.query('SELECT COUNT() FROM Lead WHERE CreatedDate = LAST_N_DAYS:7');
    const since = formatDate(fake.control.state().now - 7 * dayMs);
    expect(week.totalSize).toBe(
      live('Lead').filter((l) => String(l['CreatedDate']).slice(0, 10) >= since).length,
    );
  });

  it('compares datetimes in any offset and orders by several fields with NULLS LAST', async () => {
    const cut = '2026-01-01T02:00:00+02:00';
    const result = await conn.query<SfRecord>(
      `SELECT Id, SystemModstamp FROM Account WHERE SystemModstamp >= ${cut} ORDER BY SystemModstamp, Id LIMIT 50`,
    );
    const truth = live('Account')
      .filter((a) => String(a['SystemModstamp']) >= '2026-01-01T00:00:00.000+0000')
      .sort((a, b) =>
        a['SystemModstamp'] === b['SystemModstamp']
          ? a.Id < b.Id
            ? -1
            : 1
          : String(a['SystemModstamp']) < String(b['SystemModstamp'])
            ? -1
            : 1,
      )
      .slice(0, 50);
    expect(result.records.map((r) => r.Id)).toEqual(truth.map((r) => r.Id));
    const nulls = await conn
      .query<SfRecord>('SELECT Id, Rating FROM Lead ORDER BY Rating DESC NULLS LAST, Id')
      .run({ autoFetch: true, maxFetch: 100_000 });
    const ratings = nulls.records.map((r) => r['Rating']);
    expect(ratings[ratings.length - 1]).toBeNull();
    expect(ratings[0]).toBe('Warm');
  });

  it('supports LIMIT with OFFSET, including jsforce’s find().offset() form', async () => {
    const all = await conn.query<SfRecord>(
      "SELECT Id FROM Account WHERE Industry = 'Banking' ORDER BY Id LIMIT 20",
    );
    const paged = await conn
      .sobject('Account')
      .find<SfRecord>({ Industry: 'Banking' }, ['Id'])
      .sort('Id')
      .offset(5)
      .limit(5);
    expect(paged.map((r) => r.Id)).toEqual(all.records.slice(5, 10).map((r) => r.Id));
    const offsetOnly = await conn.query<SfRecord>(
      "SELECT Id FROM Account WHERE Industry = 'Banking' OFFSET 3",
    );
    expect(offsetOnly.totalSize).toBe(
      live('Account').filter((a) => a['Industry'] === 'Banking').length - 3,
    );
    expect(await failure(conn.query('SELECT Id FROM Account LIMIT 10 OFFSET 2001'))).toMatchObject({
      errorCode: 'NUMBER_OUTSIDE_VALID_RANGE',
    });
  });

  it('aggregates with GROUP BY, expr0 keys and aliases; COUNT() returns only totalSize', async () => {
    const result = await conn.query<SfRecord>(
      'SELECT StageName, COUNT(Id), SUM(Amount) total, MAX(CloseDate) FROM Opportunity GROUP BY StageName',
    );
    const won = result.records.find((r) => r['StageName'] === 'Closed Won')!;
    const truth = live('Opportunity').filter((o) => o['StageName'] === 'Closed Won');
    expect(won).toEqual({
      attributes: { type: 'AggregateResult' },
      StageName: 'Closed Won',
      expr0: truth.length,
      total: truth.reduce((s, o) => s + Number(o['Amount'] ?? 0), 0),
      expr1: truth
        .map((o) => String(o['CloseDate']))
        .sort()
        .pop(),
    });
    const count = await conn.query('SELECT COUNT() FROM Opportunity');
    expect(count).toEqual({ totalSize: live('Opportunity').length, done: true, records: [] });
    const byOwner = await conn.query<SfRecord>(
      'SELECT Owner.Name, COUNT(Id) FROM Lead GROUP BY Owner.Name',
    );
    expect(Object.keys(byOwner.records[0]!)).toEqual(['attributes', 'Name', 'expr0']);
  });

  it('supports semi-joins', async () => {
    const result = await conn.query(
      "SELECT COUNT() FROM Account WHERE Id IN (SELECT AccountId FROM Opportunity WHERE StageName = 'Closed Won')",
    );
    const ids = new Set(
      live('Opportunity')
        .filter((o) => o['StageName'] === 'Closed Won')
        .map((o) => o['AccountId']),
    );
    expect(result.totalSize).toBe(ids.size);
  });

  it('includes deleted rows only in queryAll', async () => {
    const doomed = fake.control.create('Lead', { LastName: 'Gone', Company: 'Nowhere' });
    fake.control.remove('Lead', doomed.Id);
    const soql = `SELECT Id, IsDeleted FROM Lead WHERE Id = '${doomed.Id}'`;
    expect((await conn.query(soql)).totalSize).toBe(0);
    const all = await conn.query<SfRecord>(soql, { scanAll: true });
    expect(all.records).toEqual([expect.objectContaining({ Id: doomed.Id, IsDeleted: true })]);
  });

  it('fails like Salesforce on bad SOQL', async () => {
    const field = await failure(conn.query('SELECT Id, Bogus__c FROM Account'));
    expect(field).toMatchObject({ errorCode: 'INVALID_FIELD' });
    expect(field.message).toContain(
      "ERROR at Row:1:Column:12\nNo such column 'Bogus__c' on entity 'Account'",
    );
    expect(await failure(conn.query('SELECT Id FROM Nope__c'))).toMatchObject({
      errorCode: 'INVALID_TYPE',
    });
    expect(await failure(conn.query('SELECT FROM Account'))).toMatchObject({
      errorCode: 'MALFORMED_QUERY',
    });
    expect(await failure(conn.query('SELECT Id FROM Account WHERE Amount > 5'))).toMatchObject({
      errorCode: 'INVALID_FIELD',
    });
    expect(
      await failure(conn.query("SELECT Id FROM Opportunity WHERE Amount > '5'")),
    ).toMatchObject({ errorCode: 'INVALID_QUERY_FILTER_OPERATOR' });
    expect(
      await failure(conn.query('SELECT Id, (SELECT Id FROM Nothings) FROM Account')),
    ).toMatchObject({ errorCode: 'INVALID_TYPE' });
    expect(
      await failure(conn.query('SELECT CALENDAR_YEAR(CreatedDate) FROM Account')),
    ).toMatchObject({ errorCode: 'MALFORMED_QUERY' });
  });
});
