import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Connection } from 'jsforce';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOrg, type FakeOrg } from '../../fake-org';
import type { SfRecord } from '../../fake-org/store';
import { failure, signIn } from '../../support/fakeOrgSignIn';

let fake: FakeOrg | undefined;
let dir: string | undefined;
afterEach(async () => {
  await fake?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

type Values = { picklistFieldValues: Record<string, { values: Array<{ value: string }> }> };

describe('fake org realistic dataset', () => {
  it('has two sales processes, three currencies, a dozen custom fields and Events', async () => {
    fake = await startFakeOrg({ dataset: 'realistic', autoApprove: true });
    const conn: Connection = await signIn(fake);
    const deals = await conn
      .query<SfRecord>(
        'SELECT StageName, RecordTypeId, CurrencyIsoCode, Region__c, Country__c FROM Opportunity',
      )
      .run({ autoFetch: true, maxFetch: 100_000 });
    const byType = new Map<string, Set<string>>();
    for (const d of deals.records) {
      const set = byType.get(String(d['RecordTypeId'])) ?? new Set();
      set.add(String(d['StageName']));
      byType.set(String(d['RecordTypeId']), set);
    }
    expect(byType.size).toBe(2);
    for (const [typeId, used] of byType) {
      const values = await conn.request<Values>(
        `/ui-api/object-info/Opportunity/picklist-values/${typeId}`,
      );
      const allowed = values.picklistFieldValues['StageName']!.values.map((v) => v.value);
      for (const stage of used) expect(allowed).toContain(stage);
    }
    expect(new Set(deals.records.map((d) => d['CurrencyIsoCode']))).toEqual(
      new Set(['USD', 'EUR', 'JPY']),
    );
    const custom = await Promise.all(
      ['Account', 'Contact', 'Opportunity', 'Lead', 'Task'].map(async (o) =>
        (await conn.sobject(o).describe()).fields.filter(
          (f) => f.custom && f.name !== 'External_Id__c' && f.name !== 'Loss_Reason__c',
        ),
      ),
    );
    expect(custom.flat().length).toBeGreaterThanOrEqual(12);
    expect(fake.control.all('Event').length).toBe(1500);
    const renewal = (
      await conn.query<SfRecord>("SELECT Id FROM RecordType WHERE DeveloperName = 'Renewal'")
    ).records[0]!.Id;
    const refused = await failure(
      conn.sobject('Opportunity').create({
        Name: 'x',
        CloseDate: '2026-06-30',
        StageName: 'Prospecting',
        RecordTypeId: renewal,
      }),
    );
    expect(refused).toMatchObject({ errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST' });
  });
});

describe('fake org --dataset-file with metadata', () => {
  it('loads processes, record types, currencies, custom fields, layouts and records using them', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadbook-dataset-'));
    const file = path.join(dir, 'org.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        businessProcesses: [
          {
            name: 'Simple',
            object: 'Opportunity',
            values: ['Prospecting', 'Closed Won', 'Closed Lost'],
          },
        ],
        fields: {
          Opportunity: [
            { name: 'Region__c', type: 'picklist', label: 'Region', values: ['EMEA', 'AMER'] },
          ],
        },
        layouts: [
          {
            object: 'Opportunity',
            name: 'Simple Layout',
            sections: [{ heading: 'Deal', fields: ['Name', 'Region__c'] }],
          },
        ],
        records: {
          User: [
            {
              Username: 'rep@example.com',
              FirstName: 'Rita',
              LastName: 'Rep',
              Name: 'Rita Rep',
              IsActive: true,
              DefaultCurrencyIsoCode: 'EUR',
            },
          ],
          CurrencyType: [
            { IsoCode: 'USD', ConversionRate: 1, IsCorporate: true, IsActive: true },
            { IsoCode: 'EUR', ConversionRate: 0.9, IsCorporate: false, IsActive: true },
          ],
          RecordType: [
            {
              DeveloperName: 'Simple_Deal',
              SobjectType: 'Opportunity',
              BusinessProcess: 'Simple',
              IsDefault: true,
            },
          ],
          Opportunity: [
            {
              Name: 'Euro deal',
              StageName: 'Prospecting',
              CloseDate: '2026-06-30',
              Amount: 900,
              CurrencyIsoCode: 'EUR',
              RecordTypeId: 'Simple_Deal',
              Region__c: 'EMEA',
            },
          ],
          Event: [
            { Subject: 'Call', StartDateTime: '2026-06-01T09:00:00Z', DurationInMinutes: 30 },
          ],
        },
      }),
    );
    fake = await startFakeOrg({ datasetFile: file, autoApprove: true });
    expect(fake.control.all('Event')[0]).toMatchObject({
      EndDateTime: '2026-06-01T09:30:00.000+0000',
    });
    const conn = await signIn(fake);
    const [deal] = (
      await conn.query<SfRecord>(
        'SELECT Name, Region__c, convertCurrency(Amount), RecordType.DeveloperName FROM Opportunity',
      )
    ).records;
    expect(deal).toMatchObject({
      Name: 'Euro deal',
      Region__c: 'EMEA',
      Amount: 900,
      RecordType: { DeveloperName: 'Simple_Deal' },
    });
    const layouts = await conn.request<{
      layouts: Array<{ detailLayoutSections: Array<{ heading: string }> }>;
    }>('/sobjects/Opportunity/describe/layouts/');
    expect(layouts.layouts[0]!.detailLayoutSections[0]!.heading).toBe('Deal');
    expect(
      await failure(
        conn
          .sobject('Opportunity')
          .create({ Name: 'y', CloseDate: '2026-06-30', StageName: 'Qualification' }),
      ),
    ).toMatchObject({ errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST' });
  });
});
