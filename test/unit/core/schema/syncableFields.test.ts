import { describe, expect, it } from 'vitest';
import {
  longTextLimit,
  selectBudgetBytes,
  syncableFields,
} from '../../../../src/core/schema/syncableFields';
import { specFor } from '../../../../src/core/schema/objectSpecs';

type Field = { name: string; type: string; length: number };
const f = (name: string, type = 'string', length = 80): Field => ({ name, type, length });
const names = (fields: Field[]) => fields.map((x) => x.name);
const account = specFor('Account');

describe('syncableFields: which described fields a pull reads', () => {
  it.each<[string, Field[], string[]]>([
    [
      'a custom field of every plain type',
      [
        f('Id', 'id'),
        f('Region__c', 'picklist'),
        f('Score__c', 'double'),
        f('Since__c', 'date'),
        f('Flag__c', 'boolean'),
      ],
      ['Id', 'Region__c', 'Score__c', 'Since__c', 'Flag__c'],
    ],
    ['no file contents', [f('Id', 'id'), f('Body', 'base64')], ['Id']],
    [
      'no compound address or location, only their parts',
      [
        f('BillingAddress', 'address'),
        f('BillingCity'),
        f('Where__c', 'location'),
        f('Where__Latitude__s', 'double'),
      ],
      ['BillingCity', 'Where__Latitude__s'],
    ],
    ['a text area up to the limit', [f('Short__c', 'textarea', longTextLimit)], ['Short__c']],
    ['no long text area of the org', [f('Notes__c', 'textarea', 32768)], []],
    [
      "a long text area Roadbook's own list names",
      [f('Description', 'textarea', 32000)],
      ['Description'],
    ],
    [
      'describe order kept',
      [f('Zeta__c'), f('Name'), f('Alpha__c')],
      ['Zeta__c', 'Name', 'Alpha__c'],
    ],
  ])('%s', (_case, described, expected) =>
    expect(names(syncableFields(described, account))).toEqual(expected),
  );

  it("keeps Roadbook's fields and as many others as fit Salesforce's URI limit", () => {
    const many = Array.from({ length: 1000 }, (_, i) => f(`Custom_Field_Number_${i}__c`));
    const chosen = names(
      syncableFields([...many, f('Id', 'id'), f('Name'), f('Industry')], account),
    );
    expect(chosen).toEqual(expect.arrayContaining(['Id', 'Name', 'Industry']));
    expect(chosen.length).toBeLessThan(many.length);
    expect(chosen).toContain('Custom_Field_Number_0__c');
    expect(encodeURIComponent(chosen.join(', ')).length).toBeLessThanOrEqual(selectBudgetBytes);
  });
});
