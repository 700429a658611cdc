import type { Connection } from 'jsforce';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOrg, type FakeOrg, type FakeOrgOptions } from '../../fake-org';
import type { SfRecord } from '../../fake-org/store';
import { apiVersion, failure, signIn } from '../../support/fakeOrgSignIn';

let fake: FakeOrg;
let conn: Connection;
afterEach(async () => fake?.stop());

async function start(options: FakeOrgOptions = {}) {
  fake = await startFakeOrg({ autoApprove: true, ...options });
  conn = await signIn(fake);
}

const raw = (path: string, init: RequestInit = {}) =>
  fetch(`${fake.url}/services/data/v${apiVersion}${path}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${conn.accessToken}`,
      'Content-Type': 'application/json',
      ...init.headers,
    },
  });

describe('fake org records', () => {
  it('creates (201), reads, updates (204) and deletes (204) with Salesforce’s bodies', async () => {
    await start();
    const created = await raw('/sobjects/Account', {
      method: 'POST',
      body: JSON.stringify({ Name: 'Ærø Øst — 株式会社' }),
    });
    expect(created.status).toBe(201);
    const body = (await created.json()) as { id: string };
    expect(body).toEqual({
      id: expect.stringMatching(/^001[A-Za-z0-9]{15}$/),
      success: true,
      errors: [],
    });
    const read = await raw(`/sobjects/Account/${body.id}?fields=Name,OwnerId`);
    expect(read.headers.get('last-modified')).toMatch(/GMT$/);
    expect(await read.json()).toEqual({
      attributes: {
        type: 'Account',
        url: `/services/data/v${apiVersion}/sobjects/Account/${body.id}`,
      },
      Name: 'Ærø Øst — 株式会社',
      OwnerId: fake.userId,
      Id: body.id,
    });
    expect(
      (await raw(`/sobjects/Account/${body.id}`, { method: 'PATCH', body: '{"Phone":"+1 555"}' }))
        .status,
    ).toBe(204);
    expect(fake.control.get('Account', body.id)['Phone']).toBe('+1 555');
    expect((await raw(`/sobjects/Account/${body.id}`, { method: 'DELETE' })).status).toBe(204);
    const gone = await raw(`/sobjects/Account/${body.id}`);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toEqual([
      { errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' },
    ]);
    expect(await failure(conn.sobject('Account').update({ Id: body.id, Name: 'x' }))).toMatchObject(
      { errorCode: 'ENTITY_IS_DELETED' },
    );
  });

  it('moves SystemModstamp on every change, including delete', async () => {
    await start();
    const row = fake.control.create('Lead', { LastName: 'Stamp', Company: 'Clock Co' });
    fake.control.advanceClock(1000);
    await conn.sobject('Lead').update({ Id: row.Id, Rating: 'Hot' });
    const updated = fake.control.get('Lead', row.Id);
    expect(String(updated['SystemModstamp']) > String(row['SystemModstamp'])).toBe(true);
    expect(updated['LastModifiedById']).toBe(fake.userId);
    fake.control.advanceClock(1000);
    await conn.sobject('Lead').destroy(row.Id);
    const deleted = fake.control.get('Lead', row.Id);
    expect(deleted['IsDeleted']).toBe(true);
    expect(String(deleted['SystemModstamp']) > String(updated['SystemModstamp'])).toBe(true);
  });

  it('answers If-Unmodified-Since with 412 on PATCH and DELETE when someone else changed the record', async () => {
    await start();
    const [opp] = fake.control.all('Opportunity').filter((o) => !o['IsClosed']);
    const base = new Date(
      Date.parse(String(opp!['LastModifiedDate']).replace('+0000', 'Z')),
    ).toUTCString();
    fake.control.advanceClock(5000);
    fake.control.update('Opportunity', opp!.Id, { NextStep: 'Changed by a colleague' });
    const headers = { 'If-Unmodified-Since': base };
    const patch = await failure(
      conn.sobject('Opportunity').update({ Id: opp!.Id, Amount: 1 }, { headers }),
    );
    expect(patch).toMatchObject({ errorCode: 'PRECONDITION_FAILED' });
    expect(
      (await raw(`/sobjects/Opportunity/${opp!.Id}`, { method: 'DELETE', headers })).status,
    ).toBe(412);
    const fresh = new Date(fake.control.state().now).toUTCString();
    await expect(
      conn
        .sobject('Opportunity')
        .update({ Id: opp!.Id, Amount: 1 }, { headers: { 'If-Unmodified-Since': fresh } }),
    ).resolves.toMatchObject({ success: true });
  });

  it('validates writes: required fields, types, lengths, restricted picklists, read-only and unknown fields', async () => {
    await start();
    const sobject = conn.sobject('Opportunity');
    expect(await failure(sobject.create({ Name: 'No stage' }))).toMatchObject({
      errorCode: 'REQUIRED_FIELD_MISSING',
    });
    const bad = [
      [
        { Name: 'x', StageName: 'Made Up', CloseDate: '2026-12-01' },
        'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
      ],
      [{ Name: 'x', StageName: 'Prospecting', CloseDate: 'tomorrow' }, 'JSON_PARSER_ERROR'],
      [
        { Name: 'x'.repeat(121), StageName: 'Prospecting', CloseDate: '2026-12-01' },
        'STRING_TOO_LONG',
      ],
      [
        { Name: 'x', StageName: 'Prospecting', CloseDate: '2026-12-01', IsWon: true },
        'INVALID_FIELD_FOR_INSERT_UPDATE',
      ],
      [
        { Name: 'x', StageName: 'Prospecting', CloseDate: '2026-12-01', Bogus__c: 1 },
        'INVALID_FIELD',
      ],
      [
        {
          Name: 'x',
          StageName: 'Prospecting',
          CloseDate: '2026-12-01',
          AccountId: '001000000000000',
        },
        'INVALID_CROSS_REFERENCE_KEY',
      ],
    ] as const;
    for (const [record, code] of bad)
      expect((await failure(sobject.create(record))).errorCode).toBe(code);
    const ok = await sobject.create({
      Name: 'Fine',
      StageName: 'Closed Won',
      CloseDate: '2026-12-01',
      Amount: '1200.50',
    });
    expect(fake.control.get('Opportunity', (ok as { id: string }).id)).toMatchObject({
      Amount: 1200.5,
      IsWon: true,
      IsClosed: true,
      Probability: 100,
    });
  });

  it('runs configured validation rules and says so with FIELD_CUSTOM_VALIDATION_EXCEPTION', async () => {
    await start({
      validationRules: [
        {
          object: 'Opportunity',
          field: 'Amount',
          operator: '<',
          value: 0,
          message: 'Amount must be zero or more',
          errorField: 'Amount',
        },
      ],
    });
    const [opp] = fake.control.all('Opportunity');
    const error = await failure(conn.sobject('Opportunity').update({ Id: opp!.Id, Amount: -5 }));
    expect(error).toMatchObject({
      errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
      message: 'Amount must be zero or more',
    });
    expect(error.data).toMatchObject({ fields: ['Amount'] });
  });

  it('upserts by external id: 201 created, 200 updated (204 before v46), 300 on several matches', async () => {
    await start();
    const first = await raw('/sobjects/Account/External_Id__c/EXT-1', {
      method: 'PATCH',
      body: '{"Name":"Ext One"}',
    });
    expect(first.status).toBe(201);
    const created = (await first.json()) as { id: string };
    expect(created).toMatchObject({ success: true, created: true, errors: [] });
    const second = await raw('/sobjects/Account/External_Id__c/EXT-1', {
      method: 'PATCH',
      body: '{"Name":"Ext Uno"}',
    });
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual({
      id: created.id,
      success: true,
      errors: [],
      created: false,
    });
    const old = await fetch(
      `${fake.url}/services/data/v45.0/sobjects/Account/External_Id__c/EXT-1`,
      {
        method: 'PATCH',
        headers: {
          Authorization: `Bearer ${conn.accessToken}`,
          'Content-Type': 'application/json',
        },
        body: '{"Name":"Ext"}',
      },
    );
    expect(old.status).toBe(204);
    fake.control.create('Account', { Name: 'Dup', External_Id__c: 'EXT-1' });
    expect(
      await failure(
        conn.sobject('Account').upsert({ Name: 'x', External_Id__c: 'EXT-1' }, 'External_Id__c'),
      ),
    ).toMatchObject({ errorCode: 'MULTIPLE_CHOICES' });
    expect((await raw('/sobjects/Account/Phone/1', { method: 'PATCH', body: '{}' })).status).toBe(
      404,
    );
  });

  it('handles sObject collections, with allOrNone rolling everything back', async () => {
    await start();
    const results = await conn
      .sobject('Contact')
      .create([{ LastName: 'One' }, { LastName: 'Two' }]);
    expect(results.map((r) => r.success)).toEqual([true, true]);
    const ids = results.map((r) => (r as { id: string }).id);
    const before = fake.control.all('Contact').length;
    const rolled = await conn
      .sobject('Contact')
      .create([{ LastName: 'Three' }, { FirstName: 'No last name' }], { allOrNone: true });
    expect(rolled).toEqual([
      {
        success: false,
        errors: [expect.objectContaining({ statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK' })],
      },
      {
        success: false,
        errors: [
          {
            statusCode: 'REQUIRED_FIELD_MISSING',
            message: 'Required fields are missing: [LastName]',
            fields: ['LastName'],
          },
        ],
      },
    ]);
    expect(fake.control.all('Contact')).toHaveLength(before);
    const partial = await conn.sobject('Contact').update([
      { Id: ids[0]!, Title: 'CEO' },
      { Id: ids[1]!, Email: 'not-an-email' },
    ]);
    expect(partial.map((r) => r.success)).toEqual([true, false]);
    expect(fake.control.get('Contact', ids[0]!)['Title']).toBe('CEO');
    const retrieved = await conn
      .sobject('Contact')
      .retrieve([ids[0]!, '003000000000000AAA'], { fields: ['LastName'] });
    expect(retrieved).toEqual([expect.objectContaining({ Id: ids[0], LastName: 'One' }), null]);
    const removed = await conn.sobject('Contact').destroy(ids);
    expect(removed.map((r) => r.success)).toEqual([true, true]);
    const tooMany = Array.from({ length: 201 }, (_, i) => ({
      attributes: { type: 'Contact' },
      LastName: `N${i}`,
    }));
    const response = await raw('/composite/sobjects', {
      method: 'POST',
      body: JSON.stringify({ records: tooMany }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual([
      expect.objectContaining({ errorCode: 'EXCEEDED_ID_LIMIT' }),
    ]);
  });

  it('lists updated and deleted ids over a window, keeping deletes 15 days', async () => {
    await start();
    const start_ = new Date(fake.control.state().now - 60_000).toISOString();
    const changed = fake.control.create('Account', { Name: 'Fresh' });
    const doomed = fake.control.create('Account', { Name: 'Doomed' });
    fake.control.remove('Account', doomed.Id);
    fake.control.advanceClock(120_000);
    const end = new Date(fake.control.state().now).toISOString();
    const updated = await conn.sobject('Account').updated(start_, end);
    expect(updated.ids).toContain(changed.Id);
    expect(updated.ids).not.toContain(doomed.Id);
    expect(updated.latestDateCovered).toMatch(/:00\.000\+0000$/);
    const deleted = await conn.sobject('Account').deleted(start_, end);
    expect(deleted.deletedRecords).toEqual([
      { id: doomed.Id, deletedDate: expect.stringMatching(/\+0000$/) },
    ]);
    fake.control.advanceClock(16 * 86_400_000);
    fake.control.purgeRecycleBin();
    expect(
      (await conn.query(`SELECT Id FROM Account WHERE Id = '${doomed.Id}'`, { scanAll: true }))
        .totalSize,
    ).toBe(0);
    expect(await failure(conn.sobject('Account').deleted(start_, end))).toMatchObject({
      errorCode: 'INVALID_REPLICATION_DATE',
    });
  });

  it('describes objects with types, picklists, references and child relationships', async () => {
    await start();
    const describe = await conn.sobject('Opportunity').describe();
    const stage = describe.fields.find((f) => f.name === 'StageName')!;
    expect(stage).toMatchObject({
      type: 'picklist',
      label: 'Stage',
      nillable: false,
      updateable: true,
    });
    expect(stage.picklistValues!.map((p) => p.value)).toContain('Negotiation/Review');
    expect(describe.fields.find((f) => f.name === 'AccountId')).toMatchObject({
      type: 'reference',
      referenceTo: ['Account'],
      relationshipName: 'Account',
    });
    const account = await conn.sobject('Account').describe();
    expect(account.childRelationships).toContainEqual(
      expect.objectContaining({
        childSObject: 'Contact',
        field: 'AccountId',
        relationshipName: 'Contacts',
      }),
    );
    const global = await conn.describeGlobal();
    expect(global.sobjects.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'Account',
        'Contact',
        'Opportunity',
        'Lead',
        'User',
        'OpportunityStage',
        'Task',
      ]),
    );
  });

  it('hides fields from a user: absent from describe, INVALID_FIELD when queried', async () => {
    await start();
    fake.control.setVisibility(fake.userId, { hiddenFields: { Account: ['AnnualRevenue'] } });
    const describe = await conn.sobject('Account').describe();
    expect(describe.fields.map((f) => f.name)).not.toContain('AnnualRevenue');
    expect(await failure(conn.query('SELECT Id, AnnualRevenue FROM Account'))).toMatchObject({
      errorCode: 'INVALID_FIELD',
    });
  });

  it('shows only owned records in private sharing mode', async () => {
    await start({ sharing: 'private' });
    const result = await conn
      .query<SfRecord>('SELECT Id, OwnerId FROM Opportunity')
      .run({ autoFetch: true });
    const owned = fake.control
      .all('Opportunity')
      .filter((o) => o['OwnerId'] === fake.userId && !o['IsDeleted']);
    expect(result.records).toHaveLength(owned.length);
    expect(result.records.every((r) => r['OwnerId'] === fake.userId)).toBe(true);
    const other = fake.control.all('Opportunity').find((o) => o['OwnerId'] !== fake.userId)!;
    expect((await raw(`/sobjects/Opportunity/${other.Id}`)).status).toBe(404);
    const stages = await conn.query('SELECT COUNT() FROM OpportunityStage');
    expect(stages.totalSize).toBe(10);
  });

  it('answers a SOSL search subset', async () => {
    await start();
    const contact = fake.control.all('Contact')[0]!;
    const email = String(contact['Email']);
    const byEmail = await conn.search(
      `FIND {${email}} IN EMAIL FIELDS RETURNING Contact(Id, Name)`,
    );
    expect(byEmail.searchRecords).toEqual([
      expect.objectContaining({
        Id: contact.Id,
        Name: contact['Name'],
        attributes: expect.objectContaining({ type: 'Contact' }),
      }),
    ]);
    const prefix = String(contact['LastName']).slice(0, 3);
    const byName = await conn.search(
      `FIND {${prefix}*} IN NAME FIELDS RETURNING Contact(Id), Lead(Id)`,
    );
    expect(byName.searchRecords.length).toBeGreaterThan(0);
    expect(await failure(conn.search('FIND Acme'))).toMatchObject({
      errorCode: 'MALFORMED_SEARCH',
    });
  });
});
