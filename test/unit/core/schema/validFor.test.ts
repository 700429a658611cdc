import { describe, expect, it } from 'vitest';
import type { DescribedField } from '../../../../src/core/schema/fieldList';
import { allowedValues, decodeValidFor } from '../../../../src/core/schema/validFor';
import { encodeValidFor } from '../../../fake-org/schema/validFor';

describe('decodeValidFor', () => {
  it.each<[string, number[]]>([
    ['gAAA', [0]],
    ['QAAA', [1]],
    ['wAAA', [0, 1]],
    ['AIAA', [8]],
    ['AAAB', [23]],
    ['//8A', [...Array(16).keys()]],
    ['AAAAAAAB', [47]],
    ['AAAA', []],
    ['', []],
  ])('%s is valid for controller values %j', (validFor, indexes) =>
    expect(decodeValidFor(validFor)).toEqual(indexes),
  );

  it.each<[number[], number]>([
    [[0, 3, 9], 10],
    [[24, 30], 31],
    [[2], 3],
  ])('reads back what the fake org encodes for %j of %i values', (indexes, count) =>
    expect(decodeValidFor(encodeValidFor(indexes, count))).toEqual(indexes),
  );
});

const picklist = (
  name: string,
  type: string,
  values: Array<{ value: string; active?: boolean; validFor?: string }>,
): DescribedField => ({
  name,
  type,
  label: name,
  length: 0,
  nillable: true,
  createable: true,
  updateable: true,
  defaultedOnCreate: false,
  picklist: values.filter((v) => v.active !== false).map((v) => v.value),
  picklistValues: values.map((v) => ({ label: v.value, active: true, ...v })),
});

describe('allowedValues', () => {
  // A retired controller value still holds its place in the bitmap.
  const region = picklist('Region__c', 'picklist', [
    { value: 'EMEA' },
    { value: 'AMER' },
    { value: 'LATAM', active: false },
  ]);
  const country = picklist('Country__c', 'picklist', [
    { value: 'France', validFor: 'gAAA' },
    { value: 'Canada', validFor: 'QAAA' },
    { value: 'Brazil', validFor: 'oAAA' },
    { value: 'Atlantis', validFor: 'wAAA', active: false },
    { value: 'Nowhere' },
  ]);

  it.each<[string, string[]]>([
    ['EMEA', ['France', 'Brazil']],
    ['AMER', ['Canada']],
    ['LATAM', ['Brazil']],
  ])('for %s offers %j: active values valid for it, in their order', (control, values) =>
    expect(allowedValues(country, region)[control]).toEqual(values),
  );

  it('reads a checkbox controller as unchecked, then checked', () => {
    const strategic = { ...picklist('Strategic__c', 'boolean', []), picklistValues: [] };
    const reason = picklist('Why__c', 'picklist', [
      { value: 'Board ask', validFor: 'QAAA' },
      { value: 'Routine', validFor: 'gAAA' },
    ]);
    expect(allowedValues(reason, strategic)).toEqual({
      false: ['Routine'],
      true: ['Board ask'],
    });
  });
});
