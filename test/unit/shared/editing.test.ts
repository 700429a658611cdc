import { describe, expect, it } from 'vitest';
import {
  offeredValues,
  validateFields,
  type FieldMeta,
  type FieldValue,
} from '../../../src/shared/editing';

const field = (name: string, type: string, more: Partial<FieldMeta> = {}): FieldMeta => ({
  name,
  label: name,
  type,
  length: 0,
  required: false,
  createable: true,
  updateable: true,
  picklist: [],
  ...more,
});

const metas: FieldMeta[] = [
  field('LastName', 'string', { length: 5, required: true }),
  field('Amount', 'currency'),
  field('Probability', 'percent'),
  field('Employees', 'int'),
  field('DoNotCall', 'boolean'),
  field('CloseDate', 'date'),
  field('Email', 'email'),
  field('Status', 'picklist', { picklist: ['Open', 'Closed'] }),
  field('WhoId', 'reference'),
  field('Subtype', 'string', { updateable: false }),
  field('Source', 'string', { createable: false }),
];

describe('validateFields', () => {
  it.each<{ values: Record<string, FieldValue>; errors: Record<string, string> }>([
    { values: { LastName: 'Smith' }, errors: {} },
    { values: { LastName: '' }, errors: { LastName: 'LastName is required.' } },
    {
      values: { LastName: 'Smithson' },
      errors: { LastName: 'LastName is too long (8 of 5 characters).' },
    },
    { values: { LastName: 'Zoë🙂' }, errors: {} },
    { values: { Amount: 12.5 }, errors: {} },
    { values: { Amount: null }, errors: {} },
    { values: { Amount: '12' }, errors: { Amount: 'Amount must be a number.' } },
    { values: { Amount: Number.NaN }, errors: { Amount: 'Amount must be a number.' } },
    { values: { Amount: 1e15 }, errors: { Amount: 'Amount is too large.' } },
    {
      values: { Probability: 101 },
      errors: { Probability: 'Probability must be between 0 and 100.' },
    },
    {
      values: { Probability: -1 },
      errors: { Probability: 'Probability must be between 0 and 100.' },
    },
    { values: { Employees: 2.5 }, errors: { Employees: 'Employees must be a whole number.' } },
    { values: { DoNotCall: 'yes' }, errors: { DoNotCall: 'DoNotCall must be yes or no.' } },
    { values: { DoNotCall: false }, errors: {} },
    { values: { CloseDate: '2026-02-30' }, errors: { CloseDate: 'CloseDate must be a date.' } },
    { values: { CloseDate: '2026-02-28' }, errors: {} },
    { values: { CloseDate: 20260228 }, errors: { CloseDate: 'CloseDate must be text.' } },
    { values: { Email: 'ada@example' }, errors: { Email: 'Email must be an email address.' } },
    { values: { Email: 'ada@example.com' }, errors: {} },
    {
      values: { Status: 'Pending' },
      errors: { Status: "Status must be one of the org's values." },
    },
    { values: { Status: 'Open' }, errors: {} },
    { values: { WhoId: '003000000000001' }, errors: {} },
    { values: { WhoId: '003000000000001AAA' }, errors: {} },
    { values: { WhoId: '003-not-an-id' }, errors: { WhoId: 'WhoId must be a record.' } },
    { values: { Subtype: 'Call' }, errors: { Subtype: 'Subtype cannot be changed.' } },
    { values: { Source: 'Web' }, errors: {} },
    {
      values: { OwnerId: '005000000000001' },
      errors: { OwnerId: 'OwnerId cannot be edited in Roadbook.' },
    },
  ])('an update of $values: $errors', ({ values, errors }) => {
    expect(validateFields(metas, values, 'update')).toEqual(errors);
  });

  it.each<{ values: Record<string, FieldValue>; errors: Record<string, string> }>([
    { values: { LastName: 'Smith' }, errors: {} },
    { values: {}, errors: { LastName: 'LastName is required.' } },
    { values: { Amount: 5 }, errors: { LastName: 'LastName is required.' } },
    { values: { LastName: '' }, errors: { LastName: 'LastName is required.' } },
    { values: { LastName: 'Smith', Subtype: 'Call' }, errors: {} },
    {
      values: { LastName: 'Smith', Source: 'Web' },
      errors: { Source: 'Source cannot be changed.' },
    },
  ])('a create of $values: $errors', ({ values, errors }) => {
    expect(validateFields(metas, values, 'create')).toEqual(errors);
  });
});

describe('a dependent picklist', () => {
  const region = field('Region__c', 'picklist', { label: 'Region', picklist: ['EMEA', 'AMER'] });
  const country = field('Country__c', 'picklist', {
    label: 'Country',
    picklist: ['France', 'Canada'],
    dependsOn: { field: 'Region__c', allowed: { EMEA: ['France'], AMER: ['Canada'] } },
  });
  const products = field('Products__c', 'multipicklist', { picklist: ['Core', 'Support'] });
  const all = [region, country, products];

  it.each<{
    values: Record<string, FieldValue>;
    current: Record<string, unknown>;
    errors: Record<string, string>;
  }>([
    { values: { Country__c: 'France' }, current: { Region__c: 'EMEA' }, errors: {} },
    {
      values: { Country__c: 'Canada' },
      current: { Region__c: 'EMEA' },
      errors: { Country__c: 'Country cannot be Canada when Region is EMEA.' },
    },
    {
      values: { Region__c: 'AMER', Country__c: 'Canada' },
      current: { Region__c: 'EMEA' },
      errors: {},
    },
    {
      values: { Region__c: 'AMER', Country__c: 'France' },
      current: { Region__c: 'EMEA' },
      errors: { Country__c: 'Country cannot be France when Region is AMER.' },
    },
    {
      values: { Country__c: 'France' },
      current: {},
      errors: { Country__c: 'Choose Region before Country.' },
    },
    // Clearing the dependent is always allowed; a controller change alone is Salesforce's to judge.
    { values: { Country__c: null }, current: { Region__c: 'EMEA' }, errors: {} },
    { values: { Region__c: 'AMER' }, current: { Country__c: 'France' }, errors: {} },
    { values: { Products__c: 'Core;Support' }, current: {}, errors: {} },
    {
      values: { Products__c: 'Core;Gold' },
      current: {},
      errors: { Products__c: "Products__c must be some of the org's values." },
    },
  ])('$values on $current: $errors', ({ values, current, errors }) =>
    expect(validateFields(all, values, 'update', current)).toEqual(errors),
  );

  it.each<[FieldValue | undefined, string[]]>([
    ['EMEA', ['France']],
    ['AMER', ['Canada']],
    ['APAC', []],
    [null, []],
    [undefined, []],
  ])('with the controller at %j offers %j', (control, values) =>
    expect(offeredValues(country, control)).toEqual(values),
  );

  it('any other picklist offers all its values', () =>
    expect(offeredValues(region, undefined)).toEqual(['EMEA', 'AMER']));
});
