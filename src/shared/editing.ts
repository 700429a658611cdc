import { isRealDay } from './periods';
import { isNumericType } from './fieldTypes';

/** What a rep may change offline, and the checks a form makes before anything is queued. */

export const editableObjects = [
  'Opportunity',
  'Lead',
  'Account',
  'Contact',
  'Task',
  'Event',
] as const;
export type EditableObject = (typeof editableObjects)[number];
export const creatableObjects = ['Lead', 'Contact', 'Task', 'Event'] as const;
export type CreatableObject = (typeof creatableObjects)[number];

const address = (prefix: string) =>
  ['Street', 'City', 'State', 'PostalCode', 'Country'].map((part) => `${prefix}${part}`);

/** The fields each form shows, in order; the org's describe decides which exist and how. */
export const formFieldNames: Record<EditableObject, string[]> = {
  Opportunity: ['StageName', 'Loss_Reason__c', 'Amount', 'CloseDate', 'Probability', 'NextStep'],
  Lead: [
    'FirstName',
    'LastName',
    'Company',
    'Title',
    'Status',
    'Rating',
    'Email',
    'Phone',
    'MobilePhone',
    'City',
    'State',
    'Country',
  ],
  Account: ['Phone', 'Website', 'Industry', ...address('Billing')],
  Contact: [
    'FirstName',
    'LastName',
    'Title',
    'Email',
    'Phone',
    'MobilePhone',
    ...address('Mailing'),
  ],
  Task: ['Subject', 'ActivityDate', 'Description', 'Status', 'WhoId', 'WhatId', 'TaskSubtype'],
  // Times are checked together by eventTimes (an all-day event takes dates).
  Event: [
    'Subject',
    'IsAllDayEvent',
    'StartDateTime',
    'EndDateTime',
    'Location',
    'WhoId',
    'WhatId',
    'Description',
  ],
};

export type FieldValue = string | number | boolean | null;
export type FieldMeta = {
  name: string;
  label: string;
  type: string;
  length: number;
  /** Must have a value: not nillable, and Salesforce does not default it. */
  required: boolean;
  createable: boolean;
  updateable: boolean;
  /** Active picklist values, in the org's order. */
  picklist: string[];
};

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const blank = (value: FieldValue | undefined) =>
  value === null || value === undefined || value === '';

function checkValue(meta: FieldMeta, value: FieldValue): string | undefined {
  if (blank(value)) return meta.required ? `${meta.label} is required.` : undefined;
  if (isNumericType(meta.type)) {
    if (typeof value !== 'number' || !Number.isFinite(value))
      return `${meta.label} must be a number.`;
    if (meta.type === 'percent' && (value < 0 || value > 100))
      return `${meta.label} must be between 0 and 100.`;
    if (meta.type === 'int' && !Number.isInteger(value))
      return `${meta.label} must be a whole number.`;
    return Math.abs(value) >= 1e15 ? `${meta.label} is too large.` : undefined;
  }
  if (meta.type === 'boolean')
    return typeof value === 'boolean' ? undefined : `${meta.label} must be yes or no.`;
  if (typeof value !== 'string') return `${meta.label} must be text.`;
  if (meta.type === 'date' && !isRealDay(value)) return `${meta.label} must be a date.`;
  if (meta.type === 'email' && !emailPattern.test(value))
    return `${meta.label} must be an email address.`;
  if (meta.type === 'picklist' && !meta.picklist.includes(value))
    return `${meta.label} must be one of the org's values.`;
  if (meta.type === 'reference' && !/^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/.test(value))
    return `${meta.label} must be a record.`;
  if (meta.length > 0 && [...value].length > meta.length)
    return `${meta.label} is too long (${[...value].length} of ${meta.length} characters).`;
  return undefined;
}

/**
 * Field → message for everything Salesforce would refuse that the form can know about: required
 * fields, types, lengths, picklist values, read-only fields. Empty when the change may be queued.
 */
export function validateFields(
  metas: FieldMeta[],
  values: Record<string, FieldValue>,
  mode: 'create' | 'update',
): Record<string, string> {
  const errors: Record<string, string> = {};
  const byName = new Map(metas.map((m) => [m.name, m]));
  for (const [name, value] of Object.entries(values)) {
    const meta = byName.get(name);
    if (!meta) errors[name] = `${name} cannot be edited in Roadbook.`;
    else if (mode === 'create' ? !meta.createable : !meta.updateable)
      errors[name] = `${meta.label} cannot be changed.`;
    else {
      const problem = checkValue(meta, value);
      if (problem) errors[name] = problem;
    }
  }
  if (mode === 'create') {
    for (const meta of metas) {
      if (meta.required && meta.createable && blank(values[meta.name]) && !errors[meta.name])
        errors[meta.name] = `${meta.label} is required.`;
    }
  }
  return errors;
}
