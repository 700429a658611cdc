import { formatDate, formatDateTime } from '../clock';
import { createRandom } from '../random';
import type { SchemaOptions } from '../schema/orgSchema';
import { stages } from '../schema/picklists';
import type { Store } from '../store';

const newBusiness = [
  'Prospecting',
  'Qualification',
  'Needs Analysis',
  'Proposal/Price Quote',
  'Negotiation/Review',
  'Closed Won',
  'Closed Lost',
];
const renewal = ['Value Proposition', 'Negotiation/Review', 'Closed Won', 'Closed Lost'];
const partnerStatuses = ['Open - Not Contacted', 'Working - Contacted', 'Closed - Converted'];
const regions: Record<string, string[]> = {
  EMEA: ['France', 'Germany', 'United Kingdom'],
  AMER: ['United States', 'Canada', 'Brazil'],
  APAC: ['Japan', 'Australia', 'Singapore'],
};
const countryValidFor = Object.fromEntries(
  Object.entries(regions).flatMap(([region, countries]) => countries.map((c) => [c, [region]])),
);

/**
 * The `realistic` org's metadata: two sales processes and two lead processes with their record
 * types, three currencies, custom fields of every common type and a layout per record type.
 */
export const realisticSchema: SchemaOptions = {
  businessProcesses: [
    { name: 'New Business', object: 'Opportunity', values: newBusiness },
    { name: 'Renewal', object: 'Opportunity', values: renewal },
    {
      name: 'Inbound',
      object: 'Lead',
      values: [...partnerStatuses, 'Closed - Not Converted'],
    },
    { name: 'Partner Referral', object: 'Lead', values: partnerStatuses },
  ],
  recordTypes: [
    {
      developerName: 'New_Business',
      object: 'Opportunity',
      businessProcess: 'New Business',
      isDefault: true,
    },
    { developerName: 'Renewal', object: 'Opportunity', businessProcess: 'Renewal' },
    { developerName: 'Inbound', object: 'Lead', businessProcess: 'Inbound', isDefault: true },
    {
      developerName: 'Partner_Lead',
      name: 'Partner Lead',
      object: 'Lead',
      businessProcess: 'Partner Referral',
    },
  ],
  currencies: [
    { isoCode: 'USD', conversionRate: 1, isCorporate: true },
    { isoCode: 'EUR', conversionRate: 0.92 },
    { isoCode: 'JPY', conversionRate: 151.3, decimalPlaces: 0 },
  ],
  fields: {
    Account: [
      { name: 'Region__c', label: 'Region', type: 'picklist', values: Object.keys(regions) },
      {
        name: 'Tier__c',
        label: 'Tier',
        type: 'picklist',
        values: ['Gold', 'Silver', 'Bronze'],
        inactiveValues: ['Platinum'],
      },
      {
        name: 'Health_Score__c',
        label: 'Health Score',
        type: 'number',
        helpText: '0 (at risk) to 10 (thriving)',
      },
      { name: 'Customer_Since__c', label: 'Customer Since', type: 'date' },
    ],
    Contact: [
      {
        name: 'Preferred_Channel__c',
        label: 'Preferred Channel',
        type: 'picklist',
        values: ['Email', 'Phone', 'In person'],
      },
      { name: 'Newsletter__c', label: 'Newsletter', type: 'checkbox' },
    ],
    Opportunity: [
      { name: 'Region__c', label: 'Region', type: 'picklist', values: Object.keys(regions) },
      {
        name: 'Country__c',
        label: 'Country',
        type: 'picklist',
        values: Object.values(regions).flat(),
        controllerName: 'Region__c',
        validFor: countryValidFor,
      },
      {
        name: 'Products__c',
        label: 'Products',
        type: 'multipicklist',
        values: ['Core', 'Analytics', 'Support', 'Training'],
      },
      { name: 'Next_Step_Date__c', label: 'Next Step Date', type: 'date' },
      { name: 'Last_Contact__c', label: 'Last Contact', type: 'datetime' },
      { name: 'Discount__c', label: 'Discount', type: 'percent' },
      { name: 'Strategic__c', label: 'Strategic', type: 'checkbox' },
      {
        name: 'Partner__c',
        label: 'Partner',
        type: 'lookup',
        referenceTo: 'Account',
        relationshipName: 'Partner__r',
      },
      { name: 'Notes__c', label: 'Notes', type: 'longtextarea' },
      {
        name: 'Weighted_Amount__c',
        label: 'Weighted Amount',
        type: 'formula',
        returnType: 'currency',
        formula: 'Amount * Probability / 100',
      },
      {
        name: 'Deal_Number__c',
        label: 'Deal Number',
        type: 'autonumber',
        displayFormat: 'D-{00000}',
      },
    ],
    Lead: [
      { name: 'Score__c', label: 'Score', type: 'number' },
      { name: 'Campaign_Code__c', label: 'Campaign Code', type: 'text', length: 20 },
    ],
    Task: [
      {
        name: 'Outcome__c',
        label: 'Outcome',
        type: 'picklist',
        values: ['Reached', 'Voicemail', 'No answer'],
      },
    ],
  },
  layouts: [
    {
      object: 'Opportunity',
      name: 'New Business Layout',
      recordTypes: ['New_Business'],
      sections: [
        {
          heading: 'Deal',
          fields: [
            'Name',
            'AccountId',
            'StageName',
            'CloseDate',
            'Amount',
            'CurrencyIsoCode',
            'Weighted_Amount__c',
            'Region__c',
            'Country__c',
          ],
        },
        {
          heading: 'Next steps',
          fields: ['NextStep', 'Next_Step_Date__c', 'Products__c', 'Partner__c'],
        },
        { heading: 'Notes', columns: 1, fields: ['Notes__c'] },
      ],
    },
    {
      object: 'Opportunity',
      name: 'Renewal Layout',
      recordTypes: ['Renewal'],
      sections: [
        {
          heading: 'Renewal',
          fields: [
            'Name',
            'AccountId',
            'CloseDate',
            'StageName',
            'Amount',
            'CurrencyIsoCode',
            'Discount__c',
            'Deal_Number__c',
            'Strategic__c',
          ],
        },
        { heading: 'Notes', columns: 1, fields: ['Notes__c'] },
      ],
    },
    {
      object: 'Lead',
      name: 'Lead Layout',
      sections: [
        {
          heading: 'Lead Information',
          fields: [
            'FirstName',
            'LastName',
            'Company',
            'Title',
            'Status',
            'LeadSource',
            'Email',
            'Phone',
            'Rating',
            'Score__c',
            'Campaign_Code__c',
            'OwnerId',
          ],
        },
      ],
    },
    {
      object: 'Account',
      name: 'Account Layout',
      sections: [
        {
          heading: 'Account',
          fields: [
            'Name',
            'Type',
            'Industry',
            'Tier__c',
            'Region__c',
            'Health_Score__c',
            'Customer_Since__c',
            'Phone',
          ],
        },
        {
          heading: 'Address',
          fields: ['BillingStreet', 'BillingCity', 'BillingPostalCode', 'BillingCountry'],
        },
      ],
    },
  ],
};

/**
 * Dresses the generated demo org as the realistic one: a process and record type per deal and
 * lead (stages and statuses inside it), deals in three currencies, custom field values.
 */
export function applyRealistic(store: Store, seed: number, now: number): void {
  const random = createRandom(seed ^ 0x7ea1);
  const typeId = (name: string) =>
    store.schema.recordTypes.find((t) => t.developerName === name)!.id;
  const accounts = [...store.table('Account').rows.values()];
  const reload = (type: string, row: Record<string, unknown>) =>
    store.load(type, row as Parameters<Store['load']>[1]);

  for (const account of accounts) {
    reload('Account', {
      ...account,
      Region__c: random.pick(Object.keys(regions)),
      Tier__c: random.pick(['Gold', 'Silver', 'Bronze', 'Platinum']),
      Health_Score__c: random.int(0, 10),
      Customer_Since__c: random.chance(0.6)
        ? formatDate(now - random.int(30, 3000) * 86_400_000)
        : null,
    });
  }
  for (const contact of [...store.table('Contact').rows.values()]) {
    reload('Contact', {
      ...contact,
      Preferred_Channel__c: random.pick(['Email', 'Phone', 'In person']),
      Newsletter__c: random.chance(0.3),
    });
  }
  for (const deal of [...store.table('Opportunity').rows.values()]) {
    const isRenewal = random.chance(0.3);
    const process = isRenewal ? renewal : newBusiness;
    const current = String(deal['StageName']);
    // Both processes end in Closed Won and Closed Lost, so only open stages need moving.
    const stageName = process.includes(current) ? current : random.pick(process.slice(0, -2));
    const stage = stages.find((s) => s.label === stageName)!;
    const currency = random.chance(0.6) ? 'USD' : random.chance(0.6) ? 'EUR' : 'JPY';
    const region = random.pick(Object.keys(regions));
    const amount = typeof deal['Amount'] === 'number' ? deal['Amount'] : null;
    reload('Opportunity', {
      ...deal,
      RecordTypeId: typeId(isRenewal ? 'Renewal' : 'New_Business'),
      StageName: stage.label,
      IsClosed: stage.closed,
      IsWon: stage.won,
      ForecastCategoryName: stage.forecast,
      Probability: stage.probability,
      CurrencyIsoCode: currency,
      Amount: amount !== null && currency === 'JPY' ? amount * 150 : amount,
      Region__c: region,
      Country__c: random.pick(regions[region]!),
      Products__c: random.chance(0.5) ? 'Core;Support' : 'Core',
      Next_Step_Date__c: stage.closed ? null : formatDate(now + random.int(1, 30) * 86_400_000),
      Last_Contact__c: formatDateTime(now - random.int(1, 60) * 86_400_000),
      Discount__c: isRenewal ? random.int(0, 20) : null,
      Strategic__c: random.chance(0.1),
      Partner__c: random.chance(0.2) ? random.pick(accounts).Id : null,
      Notes__c: null,
    });
  }
  for (const lead of [...store.table('Lead').rows.values()]) {
    const partner = random.chance(0.25);
    const status = String(lead['Status']);
    reload('Lead', {
      ...lead,
      RecordTypeId: typeId(partner ? 'Partner_Lead' : 'Inbound'),
      Status: partner && !partnerStatuses.includes(status) ? 'Working - Contacted' : status,
      Score__c: random.int(0, 100),
      Campaign_Code__c: random.chance(0.5) ? `CMP-${random.int(100, 999)}` : null,
    });
  }
  for (const task of [...store.table('Task').rows.values()]) {
    reload('Task', { ...task, Outcome__c: random.pick(['Reached', 'Voicemail', 'No answer']) });
  }
  const users = [...store.table('User').rows.values()];
  users.forEach((user, i) =>
    reload('User', {
      ...user,
      CurrencyIsoCode: i % 3 === 1 ? 'EUR' : 'USD',
      DefaultCurrencyIsoCode: i % 3 === 1 ? 'EUR' : 'USD',
    }),
  );
}
