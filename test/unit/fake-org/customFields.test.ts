import type { Connection } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOrg, type FakeOrg } from '../../fake-org';
import type { CustomFieldDef } from '../../fake-org/schema/customFields';
import type { SfRecord } from '../../fake-org/store';
import { failure, signIn } from '../../support/fakeOrgSignIn';

let fake: FakeOrg;
let conn: Connection;

const opportunityFields: CustomFieldDef[] = [
  { name: 'Region__c', label: 'Region', type: 'picklist', values: ['EMEA', 'AMER', 'APAC'] },
  {
    name: 'Country__c',
    label: 'Country',
    type: 'picklist',
    values: ['France', 'Germany', 'Canada', 'Japan'],
    controllerName: 'Region__c',
    validFor: { France: ['EMEA'], Germany: ['EMEA'], Canada: ['AMER'], Japan: ['APAC'] },
  },
  {
    name: 'Products__c',
    label: 'Products',
    type: 'multipicklist',
    values: ['Core', 'Add-on', 'Support'],
  },
  {
    name: 'Weighted__c',
    label: 'Weighted',
    type: 'formula',
    returnType: 'currency',
    formula: 'Amount * Probability / 100',
  },
  { name: 'Deal_Number__c', label: 'Deal Number', type: 'autonumber', displayFormat: 'D-{0000}' },
  { name: 'Health__c', label: 'Health', type: 'number', helpText: 'From 0 to 10' },
  { name: 'Next_Step_Date__c', label: 'Next Step Date', type: 'date' },
  { name: 'Strategic__c', label: 'Strategic', type: 'checkbox' },
  { name: 'Notes__c', label: 'Notes', type: 'longtextarea' },
  {
    name: 'Partner__c',
    label: 'Partner',
    type: 'lookup',
    referenceTo: 'Account',
    relationshipName: 'Partner__r',
  },
];

beforeAll(async () => {
  fake = await startFakeOrg({
    autoApprove: true,
    fields: { Opportunity: opportunityFields },
    layouts: [
      {
        object: 'Opportunity',
        name: 'Deal Layout',
        sections: [
          {
            heading: 'Deal',
            columns: 2,
            fields: ['Name', 'StageName', 'Amount', 'Weighted__c', 'Region__c'],
          },
          { heading: 'Notes', columns: 1, fields: ['Notes__c', 'Health__c'] },
        ],
      },
    ],
  });
  conn = await signIn(fake);
});
afterAll(async () => fake.stop());

const base = { Name: 'Custom', StageName: 'Prospecting', CloseDate: '2026-06-30' };

describe('fake org custom fields', () => {
  it('describes each custom field type as Salesforce does', async () => {
    const fields = (await conn.sobject('Opportunity').describe()).fields;
    const f = (name: string) => fields.find((x) => x.name === name)!;
    expect(f('Products__c')).toMatchObject({ type: 'multipicklist', custom: true });
    expect(f('Weighted__c')).toMatchObject({
      type: 'currency',
      calculated: true,
      calculatedFormula: 'Amount * Probability / 100',
      createable: false,
      updateable: false,
    });
    expect(f('Deal_Number__c')).toMatchObject({
      type: 'string',
      autoNumber: true,
      createable: false,
    });
    expect(f('Health__c')).toMatchObject({ type: 'double', inlineHelpText: 'From 0 to 10' });
    expect(f('Strategic__c')).toMatchObject({
      type: 'boolean',
      defaultValue: false,
      nillable: false,
    });
    expect(f('Notes__c')).toMatchObject({
      type: 'textarea',
      length: 32768,
      extraTypeInfo: 'plaintextarea',
    });
    expect(f('Partner__c')).toMatchObject({
      type: 'reference',
      referenceTo: ['Account'],
      relationshipName: 'Partner__r',
    });
    const country = f('Country__c');
    expect(country).toMatchObject({ dependentPicklist: true, controllerName: 'Region__c' });
    expect(country.picklistValues!.find((v) => v.value === 'Canada')!.validFor).toBe('QAAA');
  });

  it('computes formulas and auto-numbers, and queries custom fields and relationships', async () => {
    const partner = fake.control.all('Account')[0]!;
    // Generated rows took the first numbers, in load order.
    const next = `D-${String(fake.control.all('Opportunity').length + 1).padStart(4, '0')}`;
    const { id } = await conn.sobject('Opportunity').create({
      ...base,
      Amount: 1000,
      Probability: 25,
      Region__c: 'EMEA',
      Products__c: 'Core;Support',
      Partner__c: partner.Id,
    });
    const [row] = (
      await conn.query<SfRecord>(
        `SELECT Weighted__c, Deal_Number__c, Partner__r.Name FROM Opportunity WHERE Products__c INCLUDES ('Support') AND Id = '${id}'`,
      )
    ).records;
    expect(row).toMatchObject({
      Weighted__c: 250,
      Deal_Number__c: next,
      Partner__r: { Name: partner['Name'] },
    });
    await conn.sobject('Opportunity').update({ Id: id!, Amount: 2000 });
    expect(fake.control.get('Opportunity', id!)!['Weighted__c']).toBe(500);
    expect(
      await failure(conn.sobject('Opportunity').update({ Id: id!, Weighted__c: 1 })),
    ).toMatchObject({ errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE' });
  });

  it('applies field-level security: hidden fields vanish, read-only ones refuse writes', async () => {
    fake.control.setVisibility(fake.userId, {
      hiddenFields: { Opportunity: ['Health__c'] },
      readOnlyFields: { Opportunity: ['Region__c'] },
    });
    try {
      const fields = (await conn.sobject('Opportunity').describe()).fields;
      expect(fields.some((f) => f.name === 'Health__c')).toBe(false);
      expect(fields.find((f) => f.name === 'Region__c')).toMatchObject({
        createable: false,
        updateable: false,
      });
      expect(
        await failure(conn.sobject('Opportunity').create({ ...base, Region__c: 'AMER' })),
      ).toMatchObject({
        errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
      });
      expect(await failure(conn.query('SELECT Health__c FROM Opportunity'))).toMatchObject({
        errorCode: 'INVALID_FIELD',
      });
      const layout = await conn.request<{
        layouts: Array<{
          detailLayoutSections: Array<{
            layoutRows: Array<{
              layoutItems: Array<{
                label: string;
                editableForUpdate: boolean;
                placeholder: boolean;
              }>;
            }>;
          }>;
        }>;
      }>('/sobjects/Opportunity/describe/layouts/');
      const notes = layout.layouts[0]!.detailLayoutSections[1]!;
      expect(notes.layoutRows.map((r) => r.layoutItems[0]!.placeholder)).toEqual([false, true]);
      const region = layout.layouts[0]!.detailLayoutSections[0]!.layoutRows[2]!.layoutItems[0]!;
      expect(region).toMatchObject({ label: 'Region', editableForUpdate: false });
    } finally {
      fake.control.setVisibility(fake.userId, { hiddenFields: {}, readOnlyFields: {} });
    }
  });

  it('serves page layouts with sections in the given field order', async () => {
    const answer = await conn.request<{
      layouts: Array<{
        detailLayoutSections: Array<{
          heading: string;
          columns: number;
          layoutRows: Array<{ layoutItems: Array<{ layoutComponents: Array<{ value: string }> }> }>;
        }>;
      }>;
      recordTypeMappings: unknown[];
    }>('/sobjects/Opportunity/describe/layouts/');
    const [deal, notes] = answer.layouts[0]!.detailLayoutSections;
    const order = (section: typeof deal) =>
      section!.layoutRows.flatMap((r) => r.layoutItems.map((i) => i.layoutComponents[0]?.value));
    expect(deal!.heading).toBe('Deal');
    expect(order(deal)).toEqual(['Name', 'StageName', 'Amount', 'Weighted__c', 'Region__c']);
    expect(deal!.layoutRows.map((r) => r.layoutItems.length)).toEqual([2, 2, 1]);
    expect(order(notes)).toEqual(['Notes__c', 'Health__c']);
    expect(answer.recordTypeMappings).toEqual([]);
    const master = await conn.request<{ id: string }>(
      '/sobjects/Opportunity/describe/layouts/012000000000000AAA',
    );
    expect(master.id).toMatch(/^00h/);
  });
});
