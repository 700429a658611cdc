import { field, lookup, picklist, readOnly, systemFields } from './fields';
import {
  accountTypes,
  forecastCategories,
  industries,
  leadSources,
  leadStatuses,
  lossReasons,
  opportunityTypes,
  ratings,
  stages,
  taskPriorities,
  taskStatuses,
} from './picklists';
import { contactRolesOf, opportunityContactRole } from './contactRole';
import { event, eventsOf } from './event';
import type { ObjectDef } from './types';

const address = (prefix: string, label: string) => [
  field(`${prefix}Street`, `${label} Street`, 'textarea', { length: 255 }),
  field(`${prefix}City`, `${label} City`, 'string', { length: 40 }),
  field(`${prefix}State`, `${label} State/Province`, 'string', { length: 80 }),
  field(`${prefix}PostalCode`, `${label} Zip/Postal Code`, 'string', { length: 20 }),
  field(`${prefix}Country`, `${label} Country`, 'string', { length: 80 }),
];

const personName = [
  field('FirstName', 'First Name', 'string', { length: 40 }),
  field('LastName', 'Last Name', 'string', { length: 80, nillable: false }),
  field('Name', 'Full Name', 'string', { length: 121, ...readOnly, nameField: true }),
];

const user: ObjectDef = {
  name: 'User',
  label: 'User',
  labelPlural: 'Users',
  keyPrefix: '005',
  readOnly: true,
  fields: [
    ...systemFields({ owner: false, deletable: false }),
    field('Username', 'Username', 'string', { length: 80, nillable: false }),
    ...personName,
    field('Email', 'Email', 'email', { nillable: false }),
    field('Title', 'Title', 'string', { length: 80 }),
    field('IsActive', 'Active', 'boolean'),
  ],
  childRelationships: [],
  search: { name: ['Name'], email: ['Email'], phone: [] },
};

const account: ObjectDef = {
  name: 'Account',
  label: 'Account',
  labelPlural: 'Accounts',
  keyPrefix: '001',
  fields: [
    ...systemFields({ owner: true, deletable: true }),
    field('Name', 'Account Name', 'string', { nillable: false, nameField: true }),
    picklist('Type', 'Account Type', accountTypes),
    picklist('Industry', 'Industry', industries),
    field('AnnualRevenue', 'Annual Revenue', 'currency'),
    field('NumberOfEmployees', 'Employees', 'int'),
    field('Phone', 'Account Phone', 'phone'),
    field('Website', 'Website', 'url'),
    ...address('Billing', 'Billing'),
    field('Description', 'Account Description', 'textarea'),
    lookup('ParentId', 'Parent Account ID', ['Account'], 'Parent'),
    field('External_Id__c', 'External Id', 'string', { length: 40, externalId: true }),
  ],
  childRelationships: [
    {
      childSObject: 'Contact',
      field: 'AccountId',
      relationshipName: 'Contacts',
      cascadeDelete: true,
    },
    {
      childSObject: 'Opportunity',
      field: 'AccountId',
      relationshipName: 'Opportunities',
      cascadeDelete: true,
    },
    { childSObject: 'Task', field: 'WhatId', relationshipName: 'Tasks', cascadeDelete: true },
    eventsOf('WhatId'),
    {
      childSObject: 'Account',
      field: 'ParentId',
      relationshipName: 'ChildAccounts',
      cascadeDelete: false,
    },
  ],
  search: { name: ['Name'], email: [], phone: ['Phone'] },
};

const contact: ObjectDef = {
  name: 'Contact',
  label: 'Contact',
  labelPlural: 'Contacts',
  keyPrefix: '003',
  fields: [
    ...systemFields({ owner: true, deletable: true }),
    lookup('AccountId', 'Account ID', ['Account'], 'Account'),
    ...personName,
    field('Title', 'Title', 'string', { length: 128 }),
    field('Email', 'Email', 'email'),
    field('Phone', 'Business Phone', 'phone'),
    field('MobilePhone', 'Mobile Phone', 'phone'),
    ...address('Mailing', 'Mailing'),
    field('External_Id__c', 'External Id', 'string', { length: 40, externalId: true }),
  ],
  childRelationships: [
    { childSObject: 'Task', field: 'WhoId', relationshipName: 'Tasks', cascadeDelete: true },
    eventsOf('WhoId'),
    contactRolesOf('ContactId'),
  ],
  search: { name: ['Name'], email: ['Email'], phone: ['Phone', 'MobilePhone'] },
};

const opportunity: ObjectDef = {
  name: 'Opportunity',
  label: 'Opportunity',
  labelPlural: 'Opportunities',
  keyPrefix: '006',
  fields: [
    ...systemFields({ owner: true, deletable: true }),
    lookup('AccountId', 'Account ID', ['Account'], 'Account'),
    field('Name', 'Name', 'string', { length: 120, nillable: false, nameField: true }),
    picklist(
      'StageName',
      'Stage',
      stages.map((s) => s.label),
      { nillable: false, restrictedPicklist: true },
    ),
    field('Amount', 'Amount', 'currency'),
    field('Probability', 'Probability (%)', 'percent', { defaultedOnCreate: true }),
    field('CloseDate', 'Close Date', 'date', { nillable: false }),
    picklist('Type', 'Opportunity Type', opportunityTypes),
    picklist('LeadSource', 'Lead Source', leadSources),
    field('NextStep', 'Next Step', 'string'),
    field('IsClosed', 'Closed', 'boolean', readOnly),
    field('IsWon', 'Won', 'boolean', readOnly),
    picklist('ForecastCategoryName', 'Forecast Category', forecastCategories, {
      defaultedOnCreate: true,
    }),
    picklist('Loss_Reason__c', 'Loss Reason', lossReasons, {
      inactivePicklist: ['Discontinued Product'],
      dependsOn: {
        controllerName: 'StageName',
        validFor: Object.fromEntries(
          [...lossReasons, 'Discontinued Product'].map((r) => [r, ['Closed Lost']]),
        ),
      },
      inlineHelpText: 'Why the customer said no; asked for when a deal is Closed Lost.',
    }),
  ],
  childRelationships: [
    { childSObject: 'Task', field: 'WhatId', relationshipName: 'Tasks', cascadeDelete: true },
    eventsOf('WhatId'),
    contactRolesOf('OpportunityId'),
  ],
  search: { name: ['Name'], email: [], phone: [] },
};

const lead: ObjectDef = {
  name: 'Lead',
  label: 'Lead',
  labelPlural: 'Leads',
  keyPrefix: '00Q',
  fields: [
    ...systemFields({ owner: true, deletable: true }),
    ...personName,
    field('Company', 'Company', 'string', { nillable: false }),
    field('Title', 'Title', 'string', { length: 128 }),
    field('Email', 'Email', 'email'),
    field('Phone', 'Phone', 'phone'),
    field('MobilePhone', 'Mobile Phone', 'phone'),
    picklist('Status', 'Status', leadStatuses, {
      nillable: false,
      defaultedOnCreate: true,
      picklistDefault: 'Open - Not Contacted',
      restrictedPicklist: true,
    }),
    picklist('Rating', 'Rating', ratings),
    picklist('LeadSource', 'Lead Source', leadSources),
    picklist('Industry', 'Industry', industries),
    field('City', 'City', 'string', { length: 40 }),
    field('State', 'State/Province', 'string', { length: 80 }),
    field('Country', 'Country', 'string', { length: 80 }),
    field('IsConverted', 'Converted', 'boolean', readOnly),
  ],
  childRelationships: [
    { childSObject: 'Task', field: 'WhoId', relationshipName: 'Tasks', cascadeDelete: true },
    eventsOf('WhoId'),
  ],
  search: { name: ['Name', 'Company'], email: ['Email'], phone: ['Phone', 'MobilePhone'] },
};

const opportunityStage: ObjectDef = {
  name: 'OpportunityStage',
  label: 'Opportunity Stage',
  labelPlural: 'Opportunity Stages',
  keyPrefix: '01J',
  readOnly: true,
  fields: [
    ...systemFields({ owner: false, deletable: false }),
    field('MasterLabel', 'Master Label', 'string', { nameField: true }),
    field('ApiName', 'Api Name', 'string'),
    field('IsActive', 'Active', 'boolean'),
    field('SortOrder', 'Sort Order', 'int'),
    field('IsClosed', 'Closed', 'boolean'),
    field('IsWon', 'Won', 'boolean'),
    field('DefaultProbability', 'Probability (%)', 'percent'),
    picklist('ForecastCategoryName', 'Forecast Category', forecastCategories),
  ],
  childRelationships: [],
  search: { name: [], email: [], phone: [] },
};

const task: ObjectDef = {
  name: 'Task',
  label: 'Task',
  labelPlural: 'Tasks',
  keyPrefix: '00T',
  fields: [
    ...systemFields({ owner: true, deletable: true }),
    field('Subject', 'Subject', 'string', { nameField: true }),
    picklist('Status', 'Status', taskStatuses, {
      nillable: false,
      defaultedOnCreate: true,
      picklistDefault: 'Not Started',
      restrictedPicklist: true,
    }),
    picklist('Priority', 'Priority', taskPriorities, {
      nillable: false,
      defaultedOnCreate: true,
      picklistDefault: 'Normal',
    }),
    field('ActivityDate', 'Due Date Only', 'date'),
    lookup('WhoId', 'Name ID', ['Contact', 'Lead'], 'Who'),
    lookup('WhatId', 'Related To ID', ['Account', 'Opportunity'], 'What'),
    field('Description', 'Description', 'textarea'),
    field('IsClosed', 'Closed', 'boolean', readOnly),
    picklist('TaskSubtype', 'Task Subtype', ['Task', 'Email', 'Call']),
    field('CallDisposition', 'Call Result', 'string'),
  ],
  childRelationships: [],
  search: { name: ['Subject'], email: [], phone: [] },
};

const organization: ObjectDef = {
  name: 'Organization',
  label: 'Organization',
  labelPlural: 'Organizations',
  keyPrefix: '00D',
  readOnly: true,
  fields: [
    ...systemFields({ owner: false, deletable: false }),
    field('Name', 'Name', 'string', { nameField: true }),
    field('IsSandbox', 'Is Sandbox', 'boolean'),
    picklist('OrganizationType', 'Edition', [
      'Developer Edition',
      'Enterprise Edition',
      'Unlimited Edition',
    ]),
    field('InstanceName', 'Instance Name', 'string', { length: 5 }),
    field('TimeZoneSidKey', 'Default Time Zone', 'string', { length: 40 }),
    field('DefaultLocaleSidKey', 'Default Locale', 'string', { length: 40 }),
    picklist('DefaultCurrencyIsoCode', 'Locale Currency', ['USD', 'EUR', 'GBP', 'JPY']),
    field('NamespacePrefix', 'Namespace Prefix', 'string', { length: 15 }),
    field('TrialExpirationDate', 'Trial Expiration Date', 'datetime'),
  ],
  childRelationships: [],
  search: { name: [], email: [], phone: [] },
};

export const objects: readonly ObjectDef[] = [
  organization,
  user,
  account,
  contact,
  opportunity,
  lead,
  opportunityStage,
  task,
  event,
  opportunityContactRole,
];

export function findField(object: ObjectDef, name: string) {
  const lower = name.toLowerCase();
  return object.fields.find((f) => f.name.toLowerCase() === lower);
}
