/**
 * How one Salesforce object is cached: the fields Roadbook uses and the typed columns views sort
 * on. A spec describes today's table; the frozen migrations (store/migrations.ts) make it, so a
 * new column or index here needs a migration too, and a test fails until it has one.
 */
type ColumnType = 'TEXT' | 'REAL' | 'INTEGER';
type Column = { field: string; column: string; type: ColumnType };
export type SearchFields = {
  title: string[];
  subtitle: string[];
  emails: string[];
  phones: string[];
};

export type ObjectSpec = {
  name: string;
  table: string;
  /** Fields stored in the JSON beside the typed columns. */
  fields: string[];
  /** The typed columns beside the ones every object table has (id, json, local state...). */
  columns: Column[];
  /**
   * The table's indexes on plain columns, by their columns. Those that sort case-insensitively
   * or on a JSON field, and the one on rows with local changes, are in the migrations only.
   */
  indexes: string[][];
  search?: SearchFields;
  hasOwner: boolean;
  /** Only the rep's own records, whatever the scope: an org's activity history is huge. */
  mineOnly?: boolean;
  /** The datetime field a sync window (days back and ahead of today) applies to. */
  windowField?: string;
  /**
   * An object without an owner that syncs where its parent does: the parent's reach, through
   * this relationship (a deal's contact roles go with the deals the rep syncs).
   */
  reachOf?: { object: string; relationship: string };
};

const text = (field: string, column: string): Column => ({ field, column, type: 'TEXT' });
const real = (field: string, column: string): Column => ({ field, column, type: 'REAL' });
const flag = (field: string, column: string): Column => ({ field, column, type: 'INTEGER' });

export const objectSpecs: ObjectSpec[] = [
  {
    name: 'User',
    table: 'sf_user',
    fields: [
      'Username',
      'FirstName',
      'LastName',
      'Name',
      'Email',
      'Title',
      'IsActive',
      'DefaultCurrencyIsoCode',
    ],
    columns: [text('Name', 'name'), text('Email', 'email'), flag('IsActive', 'is_active')],
    indexes: [['name']],
    hasOwner: false,
  },
  {
    name: 'OpportunityStage',
    table: 'sf_opportunity_stage',
    fields: [
      'MasterLabel',
      'ApiName',
      'IsActive',
      'SortOrder',
      'IsClosed',
      'IsWon',
      'DefaultProbability',
      'ForecastCategoryName',
    ],
    columns: [
      text('MasterLabel', 'master_label'),
      real('SortOrder', 'sort_order'),
      flag('IsActive', 'is_active'),
      flag('IsClosed', 'is_closed'),
      flag('IsWon', 'is_won'),
      real('DefaultProbability', 'default_probability'),
    ],
    indexes: [['sort_order']],
    hasOwner: false,
  },
  {
    name: 'Account',
    table: 'sf_account',
    fields: [
      'Name',
      'Type',
      'Industry',
      'AnnualRevenue',
      'NumberOfEmployees',
      'Phone',
      'Website',
      'BillingStreet',
      'BillingCity',
      'BillingState',
      'BillingPostalCode',
      'BillingCountry',
      'Description',
      'ParentId',
      'OwnerId',
      'CreatedDate',
      'CurrencyIsoCode',
    ],
    columns: [
      text('Name', 'name'),
      text('Industry', 'industry'),
      text('Type', 'type'),
      text('BillingCity', 'billing_city'),
      text('OwnerId', 'owner_id'),
      real('AnnualRevenue', 'annual_revenue'),
    ],
    indexes: [['owner_id', 'name'], ['industry'], ['type'], ['annual_revenue']],
    search: {
      title: ['Name'],
      subtitle: ['BillingCity', 'Industry'],
      emails: [],
      phones: ['Phone'],
    },
    hasOwner: true,
  },
  {
    name: 'Contact',
    table: 'sf_contact',
    fields: [
      'AccountId',
      'FirstName',
      'LastName',
      'Name',
      'Title',
      'Email',
      'Phone',
      'MobilePhone',
      'MailingStreet',
      'MailingCity',
      'MailingState',
      'MailingPostalCode',
      'MailingCountry',
      'OwnerId',
      'CreatedDate',
    ],
    columns: [
      text('Name', 'name'),
      text('AccountId', 'account_id'),
      text('Email', 'email'),
      text('OwnerId', 'owner_id'),
    ],
    indexes: [['account_id'], ['name'], ['owner_id', 'name']],
    search: {
      title: ['Name'],
      subtitle: ['Title', 'MailingCity'],
      emails: ['Email'],
      phones: ['Phone', 'MobilePhone'],
    },
    hasOwner: true,
  },
  {
    name: 'Opportunity',
    table: 'sf_opportunity',
    fields: [
      'AccountId',
      'Name',
      'StageName',
      'Amount',
      'Probability',
      'CloseDate',
      'Type',
      'LeadSource',
      'NextStep',
      'IsClosed',
      'IsWon',
      'ForecastCategoryName',
      'OwnerId',
      'CreatedDate',
      'Loss_Reason__c',
      'RecordTypeId',
      'CurrencyIsoCode',
    ],
    columns: [
      text('Name', 'name'),
      text('AccountId', 'account_id'),
      text('StageName', 'stage_name'),
      real('Amount', 'amount'),
      real('Probability', 'probability'),
      text('CloseDate', 'close_date'),
      flag('IsClosed', 'is_closed'),
      flag('IsWon', 'is_won'),
      text('OwnerId', 'owner_id'),
      text('RecordTypeId', 'record_type_id'),
      text('CurrencyIsoCode', 'currency_iso_code'),
    ],
    indexes: [
      ['account_id'],
      ['is_closed', 'stage_name', 'close_date'],
      ['owner_id', 'is_closed', 'stage_name', 'close_date'],
      [
        'owner_id',
        'is_closed',
        'is_won',
        'stage_name',
        'close_date',
        'currency_iso_code',
        'record_type_id',
        'amount',
        'probability',
      ],
      ['close_date'],
    ],
    search: { title: ['Name'], subtitle: ['StageName'], emails: [], phones: [] },
    hasOwner: true,
  },
  {
    name: 'Lead',
    table: 'sf_lead',
    fields: [
      'FirstName',
      'LastName',
      'Name',
      'Company',
      'Title',
      'Email',
      'Phone',
      'MobilePhone',
      'Status',
      'Rating',
      'LeadSource',
      'Industry',
      'City',
      'State',
      'Country',
      'IsConverted',
      'OwnerId',
      'CreatedDate',
      'RecordTypeId',
    ],
    columns: [
      text('Name', 'name'),
      text('Company', 'company'),
      text('Status', 'status'),
      text('Rating', 'rating'),
      text('LeadSource', 'lead_source'),
      text('OwnerId', 'owner_id'),
      text('CreatedDate', 'created_date'),
      flag('IsConverted', 'is_converted'),
    ],
    indexes: [
      ['status', 'created_date'],
      ['owner_id', 'created_date'],
      ['created_date'],
      ['company'],
      ['status'],
      ['rating'],
      ['lead_source'],
      ['owner_id', 'status'],
    ],
    search: {
      title: ['Name'],
      subtitle: ['Company', 'City'],
      emails: ['Email'],
      phones: ['Phone', 'MobilePhone'],
    },
    hasOwner: true,
  },
  {
    name: 'Task',
    table: 'sf_task',
    fields: [
      'Subject',
      'Status',
      'Priority',
      'ActivityDate',
      'WhoId',
      'WhatId',
      'Description',
      'IsClosed',
      'TaskSubtype',
      'OwnerId',
      'CreatedDate',
    ],
    columns: [
      text('Subject', 'subject'),
      text('WhoId', 'who_id'),
      text('WhatId', 'what_id'),
      text('ActivityDate', 'activity_date'),
      flag('IsClosed', 'is_closed'),
      text('OwnerId', 'owner_id'),
    ],
    indexes: [['who_id'], ['what_id'], ['owner_id', 'is_closed', 'activity_date']],
    hasOwner: true,
    mineOnly: true,
  },
  {
    name: 'Event',
    table: 'sf_event',
    fields: [
      'Subject',
      'StartDateTime',
      'EndDateTime',
      'IsAllDayEvent',
      'ActivityDate',
      'ActivityDateTime',
      'DurationInMinutes',
      'Location',
      'WhoId',
      'WhatId',
      'Description',
      'OwnerId',
      'CreatedDate',
    ],
    columns: [
      text('Subject', 'subject'),
      text('StartDateTime', 'start_date_time'),
      text('EndDateTime', 'end_date_time'),
      flag('IsAllDayEvent', 'is_all_day_event'),
      text('WhoId', 'who_id'),
      text('WhatId', 'what_id'),
      text('OwnerId', 'owner_id'),
    ],
    indexes: [['who_id'], ['what_id'], ['owner_id', 'start_date_time']],
    search: { title: ['Subject'], subtitle: ['Location'], emails: [], phones: [] },
    hasOwner: true,
    mineOnly: true,
    windowField: 'StartDateTime',
  },
  {
    name: 'OpportunityContactRole',
    table: 'sf_opportunity_contact_role',
    fields: ['OpportunityId', 'ContactId', 'Role', 'IsPrimary', 'CreatedDate'],
    columns: [
      text('OpportunityId', 'opportunity_id'),
      text('ContactId', 'contact_id'),
      text('Role', 'role'),
      flag('IsPrimary', 'is_primary'),
    ],
    indexes: [['opportunity_id'], ['contact_id']],
    hasOwner: false,
    reachOf: { object: 'Opportunity', relationship: 'Opportunity' },
  },
];

export function specFor(name: string): ObjectSpec {
  const spec = objectSpecs.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!spec) throw new Error(`Roadbook does not sync ${name}`);
  return spec;
}
