import { field, lookup, picklist, systemFields } from './fields';
import type { ObjectDef } from './types';

/** RecordType (012): queryable and read-only over the API, as in Salesforce. */
export const recordTypeObject: ObjectDef = {
  name: 'RecordType',
  label: 'Record Type',
  labelPlural: 'Record Types',
  keyPrefix: '012',
  readOnly: true,
  fields: [
    ...systemFields({ owner: false, deletable: false }),
    field('Name', 'Record Type Name', 'string', { length: 80, nameField: true }),
    field('DeveloperName', 'Record Type Name', 'string', { length: 80 }),
    field('NamespacePrefix', 'Namespace Prefix', 'string', { length: 15 }),
    field('Description', 'Description', 'string'),
    lookup('BusinessProcessId', 'Business Process ID', ['BusinessProcess'], 'BusinessProcess'),
    picklist(
      'SobjectType',
      'SObject Type Name',
      ['Account', 'Contact', 'Opportunity', 'Lead', 'Task', 'Event'],
      {
        nillable: false,
      },
    ),
    field('IsActive', 'Active', 'boolean'),
  ],
  childRelationships: [],
  search: { name: [], email: [], phone: [] },
};

/** BusinessProcess (019): a sales process (Opportunity) or lead process (Lead). */
export const businessProcessObject: ObjectDef = {
  name: 'BusinessProcess',
  label: 'Business Process',
  labelPlural: 'Business Processes',
  keyPrefix: '019',
  readOnly: true,
  fields: [
    ...systemFields({ owner: false, deletable: false }),
    field('Name', 'Name', 'string', { length: 80, nameField: true }),
    field('Description', 'Description', 'string'),
    picklist('TableEnumOrId', 'Entity Enumeration Or ID', [
      'Opportunity',
      'Lead',
      'Case',
      'Solution',
    ]),
    field('IsActive', 'Active', 'boolean'),
  ],
  childRelationships: [],
  search: { name: [], email: [], phone: [] },
};
