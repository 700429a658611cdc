import type { Connection } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOrg, type FakeOrg } from '../../fake-org';
import type { SfRecord } from '../../fake-org/store';
import { failure, signIn } from '../../support/fakeOrgSignIn';

let fake: FakeOrg;
let conn: Connection;
const newBusiness = [
  'Prospecting',
  'Qualification',
  'Proposal/Price Quote',
  'Closed Won',
  'Closed Lost',
];
const renewal = ['Value Proposition', 'Negotiation/Review', 'Closed Won', 'Closed Lost'];

beforeAll(async () => {
  fake = await startFakeOrg({
    autoApprove: true,
    businessProcesses: [
      { name: 'New Business Process', object: 'Opportunity', values: newBusiness },
      { name: 'Renewal Process', object: 'Opportunity', values: renewal },
      {
        name: 'Inbound Process',
        object: 'Lead',
        values: ['Open - Not Contacted', 'Working - Contacted', 'Closed - Converted'],
      },
    ],
    recordTypes: [
      {
        developerName: 'New_Business',
        object: 'Opportunity',
        businessProcess: 'New Business Process',
        isDefault: true,
      },
      { developerName: 'Renewal', object: 'Opportunity', businessProcess: 'Renewal Process' },
      { developerName: 'Inbound', object: 'Lead', businessProcess: 'Inbound Process' },
    ],
  });
  conn = await signIn(fake);
});
afterAll(async () => fake.stop());

const typeId = async (developerName: string) =>
  (await conn.query<SfRecord>(`SELECT Id FROM RecordType WHERE DeveloperName = '${developerName}'`))
    .records[0]!.Id;

describe('fake org record types and business processes', () => {
  it('queries RecordType with its business process', async () => {
    const result = await conn.query<SfRecord>(
      "SELECT DeveloperName, Name, SobjectType, IsActive, BusinessProcess.Name FROM RecordType WHERE SobjectType = 'Opportunity' ORDER BY DeveloperName",
    );
    expect(result.records).toMatchObject([
      {
        DeveloperName: 'New_Business',
        Name: 'New Business',
        IsActive: true,
        BusinessProcess: { Name: 'New Business Process' },
      },
      { DeveloperName: 'Renewal', BusinessProcess: { Name: 'Renewal Process' } },
    ]);
  });

  it('describes recordTypeInfos with the default mapping, and RecordTypeId only where record types exist', async () => {
    const opportunity = await conn.sobject('Opportunity').describe();
    expect(
      // jsforce's type predates developerName; Salesforce sends it.
      opportunity.recordTypeInfos.map((r) => [
        (r as unknown as { developerName: string }).developerName,
        r.defaultRecordTypeMapping,
        r.master,
      ]),
    ).toEqual([
      ['New_Business', true, false],
      ['Renewal', false, false],
      ['Master', false, true],
    ]);
    expect(opportunity.fields.some((f) => f.name === 'RecordTypeId')).toBe(true);
    const account = await conn.sobject('Account').describe();
    expect(account.fields.some((f) => f.name === 'RecordTypeId')).toBe(false);
    expect(account.recordTypeInfos).toEqual([
      expect.objectContaining({ master: true, defaultRecordTypeMapping: true }),
    ]);
  });

  it('gives a new record the default record type and refuses a stage outside its process', async () => {
    const account = fake.control.all('Account')[0]!;
    const base = { AccountId: account.Id, CloseDate: '2026-06-30' };
    const { id } = await conn
      .sobject('Opportunity')
      .create({ ...base, Name: 'Defaulted', StageName: 'Prospecting' });
    expect(fake.control.get('Opportunity', id!)!['RecordTypeId']).toBe(
      await typeId('New_Business'),
    );

    const renewalId = await typeId('Renewal');
    const refused = await failure(
      conn.sobject('Opportunity').create({
        ...base,
        Name: 'Wrong stage',
        StageName: 'Prospecting',
        RecordTypeId: renewalId,
      }),
    );
    expect(refused).toMatchObject({ errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST' });
    expect(refused.message).toBe('Stage: bad value for restricted picklist field: Prospecting');

    const renewed = await conn.sobject('Opportunity').create({
      ...base,
      Name: 'Renewal',
      StageName: 'Value Proposition',
      RecordTypeId: renewalId,
    });
    expect(
      await failure(
        conn.sobject('Opportunity').update({ Id: renewed.id!, StageName: 'Qualification' }),
      ),
    ).toMatchObject({ errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST' });
    expect(
      await failure(
        conn
          .sobject('Opportunity')
          .update({ Id: renewed.id!, RecordTypeId: await typeId('New_Business') }),
      ),
    ).toMatchObject({ errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST' });
    await conn.sobject('Opportunity').update({ Id: renewed.id!, StageName: 'Negotiation/Review' });
    expect(fake.control.get('Opportunity', renewed.id!)!['StageName']).toBe('Negotiation/Review');
  });

  it('refuses another object’s record type and a lead status outside the lead process', async () => {
    const onLead = await failure(
      conn
        .sobject('Lead')
        .create({ LastName: 'Typed', Company: 'Typed', RecordTypeId: await typeId('Renewal') }),
    );
    expect(onLead).toMatchObject({ errorCode: 'INVALID_CROSS_REFERENCE_KEY' });
    const status = await failure(
      conn
        .sobject('Lead')
        .create({ LastName: 'Typed', Company: 'Typed', Status: 'Closed - Not Converted' }),
    );
    expect(status).toMatchObject({ errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST' });
  });

  it('answers picklist values per record type through the UI API', async () => {
    const renewalId = await typeId('Renewal');
    const answer = await conn.request<{
      picklistFieldValues: Record<
        string,
        {
          values: Array<{ value: string; validFor: number[] }>;
          controllerValues: Record<string, number>;
        }
      >;
    }>(`/ui-api/object-info/Opportunity/picklist-values/${renewalId}`);
    const stage = answer.picklistFieldValues['StageName']!;
    expect(stage.values.map((v) => v.value)).toEqual(renewal);
    const lossReason = answer.picklistFieldValues['Loss_Reason__c']!;
    expect(lossReason.controllerValues).toEqual(Object.fromEntries(renewal.map((s, i) => [s, i])));
    expect(lossReason.values[0]!.validFor).toEqual([renewal.indexOf('Closed Lost')]);
    const one = await conn.request<{ values: Array<{ value: string }> }>(
      `/ui-api/object-info/Opportunity/picklist-values/012000000000000AAA/StageName`,
    );
    expect(one.values).toHaveLength(10);
    expect(
      await failure(
        conn.request(`/ui-api/object-info/Opportunity/picklist-values/012500000000000AAA`),
      ),
    ).toMatchObject({ errorCode: 'NOT_FOUND' });
  });

  it('marks one default record type alike in describe and in describe/layouts, and labels lookups as layouts do', async () => {
    type Mapping = { recordTypeId: string; defaultRecordTypeMapping: boolean; master: boolean };
    type Item = { label: string; layoutComponents: Array<{ value?: string }> };
    type Layouts = {
      recordTypeMappings: Mapping[];
      layouts: Array<{
        detailLayoutSections: Array<{ layoutRows: Array<{ layoutItems: Item[] }> }>;
      }>;
    };
    // Lead's one record type is not marked default: it is the default all the same.
    for (const object of ['Opportunity', 'Lead']) {
      const described = await conn.sobject(object).describe();
      const layouts = await conn.request<Layouts>(`/sobjects/${object}/describe/layouts/`);
      const byDescribe = described.recordTypeInfos.filter((t) => t.defaultRecordTypeMapping);
      const byLayouts = layouts.recordTypeMappings.filter((m) => m.defaultRecordTypeMapping);
      expect(byDescribe).toHaveLength(1);
      expect(byLayouts.map((m) => m.recordTypeId)).toEqual([byDescribe[0]!.recordTypeId]);
      const created = await conn
        .sobject(object)
        .create(
          object === 'Lead'
            ? { LastName: 'Default', Company: 'Acme' }
            : { Name: 'Default', StageName: 'Prospecting', CloseDate: '2027-01-31' },
        );
      const record = await conn.sobject(object).retrieve(String(created.id));
      expect(record['RecordTypeId']).toBe(byDescribe[0]!.recordTypeId);
    }

    const layouts = await conn.request<Layouts>('/sobjects/Opportunity/describe/layouts/');
    const labels = new Map(
      layouts.layouts[0]!.detailLayoutSections.flatMap((s) =>
        s.layoutRows.flatMap((r) =>
          r.layoutItems.map((i) => [i.layoutComponents[0]?.value, i.label] as const),
        ),
      ),
    );
    expect(labels.get('Name')).toBe('Opportunity Name');
    expect(labels.get('AccountId')).toBe('Account Name');
    expect(labels.get('OwnerId')).toBe('Opportunity Owner');
    expect([...labels.values()].filter((l) => / ID$/.test(l))).toEqual([]);
  });
});
