import type { Connection } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOrg, type FakeOrg } from '../../fake-org';
import type { SfRecord } from '../../fake-org/store';
import { apiVersion, failure, signIn } from '../../support/fakeOrgSignIn';

// Every point here is a place the fake org used to differ from Salesforce's documented wire format.
let fake: FakeOrg;
let conn: Connection;

beforeAll(async () => {
  fake = await startFakeOrg({
    autoApprove: true,
    now: Date.parse('2026-03-02T10:00:33.156Z'),
    scale: { tasks: 450 },
  });
  conn = await signIn(fake);
});
afterAll(async () => fake.stop());

const raw = (path: string, init: RequestInit = {}) =>
  fetch(`${fake.url}/services/data/v${apiVersion}${path}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${conn.accessToken}`,
      'Content-Type': 'application/json',
      ...init.headers,
    },
  });

const wholeSecond = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000\+0000$/;

describe('fake org timestamps', () => {
  it('keeps audit stamps, deletedDate and earliestDateAvailable in whole seconds', async () => {
    const { id } = await conn.sobject('Account').create({ Name: 'Stamps' });
    const row = await conn.sobject('Account').retrieve(id!);
    for (const f of ['CreatedDate', 'LastModifiedDate', 'SystemModstamp'])
      expect(row[f]).toMatch(wholeSecond);
    await conn.sobject('Account').destroy(id!);
    // The replication window ends at the last whole minute.
    fake.org.clock.advance(120_000);
    const now = fake.org.clock.now();
    const deleted = await conn
      .sobject('Account')
      .deleted(new Date(now - 86_400_000).toISOString(), new Date(now).toISOString());
    expect(deleted.deletedRecords.find((d) => d.id === id)?.deletedDate).toMatch(wholeSecond);
    expect(deleted.earliestDateAvailable).toMatch(wholeSecond);
  });

  it('compares SOQL datetimes to the second, ignoring milliseconds', async () => {
    const { id } = await conn.sobject('Contact').create({ LastName: 'Same Second' });
    const stamp = String((await conn.sobject('Contact').retrieve(id!))['SystemModstamp']);
    const second = stamp.slice(0, 19);
    const ids = async (where: string) =>
      (await conn.query<SfRecord>(`SELECT Id FROM Contact WHERE ${where}`)).records.map(
        (r) => r.Id,
      );
    expect(await ids(`SystemModstamp = ${second}.999Z`)).toContain(id);
    expect(await ids(`SystemModstamp >= ${second}.999Z`)).toContain(id);
    expect(await ids(`SystemModstamp > ${second}.001Z`)).not.toContain(id);
  });
});

describe('fake org query resource', () => {
  it('answers columns=true with columnMetadata, as the Salesforce CLI expects', async () => {
    const soql = 'SELECT Id, Name, Owner.Name, (SELECT LastName FROM Contacts) FROM Account';
    const answer = await conn.request<Record<string, unknown>>(
      `/query?q=${encodeURIComponent(soql)}&columns=true`,
    );
    expect(answer).toMatchObject({ entityName: 'Account', groupBy: false, idSelected: true });
    const columns = answer['columnMetadata'] as Array<Record<string, unknown>>;
    expect(columns.map((c) => c['columnName'])).toEqual(['Id', 'Name', 'Owner', 'Contacts']);
    expect(columns[1]).toEqual({
      aggregate: false,
      apexType: 'String',
      booleanType: false,
      columnName: 'Name',
      custom: false,
      displayName: 'Name',
      foreignKeyName: null,
      insertable: true,
      joinColumns: [],
      numberType: false,
      textType: true,
      updatable: true,
    });
    expect(columns[2]).toMatchObject({
      foreignKeyName: 'OwnerId',
      joinColumns: [expect.objectContaining({ columnName: 'Name', textType: true })],
    });
    expect(columns[3]).toMatchObject({
      aggregate: true,
      joinColumns: [expect.objectContaining({ columnName: 'LastName' })],
    });
  });

  it('refuses a query parameter it does not know instead of ignoring it', async () => {
    const error = await failure(conn.request(`/query?q=SELECT+Id+FROM+Account&colums=true`));
    expect(error).toMatchObject({ errorCode: 'MALFORMED_QUERY' });
    expect(error.message).toContain('colums');
  });

  it('returns fewer rows than the batch size when two long text fields are selected', async () => {
    const soql = 'SELECT Id, Description, What.Description FROM Task';
    const first = await conn.query<SfRecord>(soql);
    expect(first.records).toHaveLength(200);
    const all = await conn.query<SfRecord>(soql).run({ autoFetch: true, maxFetch: 10_000 });
    expect(new Set(all.records.map((r) => r.Id)).size).toBe(first.totalSize);
    expect((await conn.query('SELECT Id, Description FROM Task')).records.length).toBe(
      Math.min(2000, first.totalSize),
    );
  });
});

describe('fake org record resources', () => {
  it('puts a Location header on POST /sobjects and on composite subresponses', async () => {
    const created = await raw('/sobjects/Account', {
      method: 'POST',
      body: JSON.stringify({ Name: 'Located' }),
    });
    const { id } = (await created.json()) as { id: string };
    expect(created.headers.get('location')).toBe(
      `/services/data/v${apiVersion}/sobjects/Account/${id}`,
    );
    const composite = await raw('/composite', {
      method: 'POST',
      body: JSON.stringify({
        compositeRequest: [
          {
            method: 'POST',
            url: `/services/data/v${apiVersion}/sobjects/Contact`,
            referenceId: 'c',
            body: { LastName: 'Located' },
          },
        ],
      }),
    });
    const [sub] = ((await composite.json()) as { compositeResponse: Array<SfRecord> })
      .compositeResponse;
    expect(sub).toMatchObject({
      httpStatusCode: 201,
      httpHeaders: {
        Location: `/services/data/v${apiVersion}/sobjects/Contact/${(sub!['body'] as SfRecord)['id'] as string}`,
      },
    });
  });

  it('reads, heads and deletes by external id', async () => {
    const { id } = await conn.sobject('Account').create({ Name: 'Ext', External_Id__c: 'EXT-77' });
    const read = await raw('/sobjects/Account/External_Id__c/EXT-77?fields=Name');
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ Id: id, Name: 'Ext' });
    expect((await raw('/sobjects/Account/External_Id__c/EXT-77', { method: 'HEAD' })).status).toBe(
      200,
    );
    expect((await raw('/sobjects/Account/External_Id__c/NOPE')).status).toBe(404);
    expect((await raw('/sobjects/Account/Name/Ext')).status).toBe(404);
    await conn.sobject('Contact').create({ LastName: 'Twin', External_Id__c: 'TWIN' });
    await conn.sobject('Contact').create({ LastName: 'Twin', External_Id__c: 'TWIN' });
    expect((await raw('/sobjects/Contact/External_Id__c/TWIN')).status).toBe(300);
    const gone = await raw('/sobjects/Account/External_Id__c/EXT-77', { method: 'DELETE' });
    expect(gone.status).toBe(204);
    expect(fake.control.get('Account', id!)?.['IsDeleted']).toBe(true);
  });

  it('answers If-Modified-Since with 304 on describe and record GET when nothing changed', async () => {
    const later = new Date(Date.now() + 3_600_000).toUTCString();
    const earlier = new Date(Date.parse('2026-03-01T00:00:00Z')).toUTCString();
    const describe = (since: string) =>
      raw('/sobjects/Account/describe', { headers: { 'If-Modified-Since': since } });
    expect((await describe(later)).status).toBe(304);
    expect((await describe(earlier)).status).toBe(200);
    const global = await raw('/sobjects', { headers: { 'If-Modified-Since': later } });
    expect(global.status).toBe(304);
    const { id } = await conn.sobject('Account').create({ Name: 'Cached' });
    const record = (since: string) =>
      raw(`/sobjects/Account/${id}`, { headers: { 'If-Modified-Since': since } });
    expect((await record(later)).status).toBe(304);
    expect((await record(earlier)).status).toBe(200);
  });
});

describe('fake org metadata', () => {
  it('gives Organization NamespacePrefix and TrialExpirationDate', async () => {
    const org = await conn.query<SfRecord>(
      'SELECT NamespacePrefix, TrialExpirationDate FROM Organization',
    );
    expect(org.records[0]).toMatchObject({ NamespacePrefix: null, TrialExpirationDate: null });
  });

  it('describes defaults, dependent picklists, inactive values, help text and record types', async () => {
    const opportunity = await conn.sobject('Opportunity').describe();
    const field = (name: string) => opportunity.fields.find((f) => f.name === name)!;
    const lossReason = field('Loss_Reason__c');
    expect(lossReason).toMatchObject({
      dependentPicklist: true,
      controllerName: 'StageName',
      inlineHelpText: expect.stringContaining('Closed Lost'),
      calculated: false,
      calculatedFormula: null,
      autoNumber: false,
    });
    const stages = field('StageName').picklistValues!.map((p) => p.value);
    const bits = (validFor: string) => {
      const bytes = Buffer.from(validFor, 'base64');
      return stages.filter((_s, i) => (bytes[i >> 3]! & (0x80 >> (i % 8))) !== 0);
    };
    for (const value of lossReason.picklistValues!)
      expect(bits(value.validFor!)).toEqual(['Closed Lost']);
    expect(lossReason.picklistValues!.at(-1)).toMatchObject({
      value: 'Discontinued Product',
      active: false,
    });
    expect(field('IsWon')).toMatchObject({ defaultValue: null, dependentPicklist: false });
    expect(opportunity.recordTypeInfos).toEqual([
      expect.objectContaining({
        master: true,
        defaultRecordTypeMapping: true,
        recordTypeId: '012000000000000AAA',
      }),
    ]);
    const lead = await conn.sobject('Lead').describe();
    const status = lead.fields.find((f) => f.name === 'Status')!.picklistValues!;
    expect(status.filter((p) => p.defaultValue).map((p) => p.value)).toEqual([
      'Open - Not Contacted',
    ]);
  });
});
