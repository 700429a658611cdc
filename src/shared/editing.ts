import { isRealDay } from './periods';
import { isNumericType } from './fieldTypes';
import type { NamedObject } from './lookups';

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
export const creatableObjects = ['Opportunity', 'Lead', 'Contact', 'Task', 'Event'] as const;
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
    'LeadSource',
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
  Task: [
    'Subject',
    'ActivityDate',
    'Description',
    'Status',
    'WhoId',
    'WhatId',
    'TaskSubtype',
    'CallDisposition',
  ],
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

/** Fields a new record's form asks for first, beyond what its edit form shows. */
export const newRecordFieldNames: Partial<Record<CreatableObject, string[]>> = {
  Opportunity: ['Name'],
};

export type FieldValue = string | number | boolean | null;

/**
 * Salesforce keeps a converted lead as it was converted: it takes no change, and nothing new may
 * point at it (CANNOT_UPDATE_CONVERTED_LEAD); its contact and account carry on.
 */
export const isConvertedLead = (
  object: string,
  record: Record<string, unknown> | null | undefined,
) => object === 'Lead' && record?.['IsConverted'] === true;
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
  /** Picklist labels, for the values whose label is not the value itself. */
  picklistLabels?: Record<string, string>;
  /** What a new record starts with, from describe (a field's default or its default value). */
  defaultValue?: FieldValue;
  /** The org's help for the field. */
  helpText?: string;
  /** A lookup the form edits: the one object Roadbook caches with a name that it points at. */
  lookupTo?: NamedObject;
  /** A dependent picklist: its controlling field and, per value of it, the values it allows. */
  dependsOn?: { field: string; allowed: Record<string, string[]> };
};

/**
 * The values a dependent picklist offers while its controller holds `control`: none while the
 * controller is blank. Any other picklist offers all of its values.
 */
export function offeredValues(meta: FieldMeta, control: FieldValue | undefined): string[] {
  if (!meta.dependsOn) return meta.picklist;
  if (blank(control)) return [];
  return meta.dependsOn.allowed[String(control)] ?? [];
}

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
  if (meta.type === 'multipicklist' && value.split(';').some((v) => !meta.picklist.includes(v)))
    return `${meta.label} must be some of the org's values.`;
  if (meta.type === 'reference' && !/^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/.test(value))
    return `${meta.label} must be a record.`;
  if (meta.length > 0 && [...value].length > meta.length)
    return `${meta.label} is too long (${[...value].length} of ${meta.length} characters).`;
  return undefined;
}

/** A dependent value the controller's value (changed now, or as cached) does not allow. */
function checkDependent(
  meta: FieldMeta,
  byName: Map<string, FieldMeta>,
  values: Record<string, FieldValue>,
  current: Record<string, unknown> | undefined,
): string | undefined {
  const value = values[meta.name];
  if (!meta.dependsOn || blank(value)) return undefined;
  const field = meta.dependsOn.field;
  const control = (field in values ? values[field] : current?.[field]) as FieldValue | undefined;
  if (offeredValues(meta, control).includes(String(value))) return undefined;
  const controller = byName.get(field)?.label ?? field;
  return blank(control)
    ? `Choose ${controller} before ${meta.label}.`
    : `${meta.label} cannot be ${String(value)} when ${controller} is ${String(control)}.`;
}

/**
 * Field → message for everything Salesforce would refuse that the form can know about: required
 * fields, types, lengths, picklist values (a dependent one's for its controller's value, changed
 * now or in `current`, the cached record), read-only fields. Empty when the change may be queued.
 */
export function validateFields(
  metas: FieldMeta[],
  values: Record<string, FieldValue>,
  mode: 'create' | 'update',
  current?: Record<string, unknown>,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const byName = new Map(metas.map((m) => [m.name, m]));
  for (const [name, value] of Object.entries(values)) {
    const meta = byName.get(name);
    if (!meta) errors[name] = `${name} cannot be edited in Roadbook.`;
    else if (mode === 'create' ? !meta.createable : !meta.updateable)
      errors[name] = `${meta.label} cannot be changed.`;
    else {
      const problem = checkValue(meta, value) ?? checkDependent(meta, byName, values, current);
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
