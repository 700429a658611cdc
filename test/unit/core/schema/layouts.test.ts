import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  layoutFor,
  reduceLayouts,
  storeLayouts,
  type DescribeLayoutsAnswer,
} from '../../../../src/core/schema/layouts';
import { migrate } from '../../../../src/core/store/migrations';

type Item =
  DescribeLayoutsAnswer['layouts'][number]['detailLayoutSections'][number]['layoutRows'][number]['layoutItems'][number];

const item = (label: string, value: string, more: Partial<Item> = {}): Item => ({
  label,
  placeholder: false,
  required: false,
  editableForNew: true,
  editableForUpdate: true,
  layoutComponents: [{ type: 'Field', value }],
  ...more,
});
const blankSpace: Item = { ...item('', ''), placeholder: true, layoutComponents: [] };
const section = (heading: string, rows: Item[][], useHeading = true) => ({
  heading,
  useHeading,
  layoutRows: rows.map((layoutItems) => ({ layoutItems })),
});

const answer: DescribeLayoutsAnswer = {
  layouts: [
    {
      id: '00h000000000001AAA',
      detailLayoutSections: [
        section('Deal', [
          [item('Opportunity Name', 'Name'), item('Amount', 'Amount')],
          [blankSpace, item('Region', 'Region__c')],
        ]),
        section('Empty', [[blankSpace]]),
        section('Address', [
          [
            {
              ...item('Billing Address', 'BillingAddress'),
              layoutComponents: [
                {
                  type: 'Field',
                  value: 'BillingAddress',
                  components: [
                    { type: 'Field', value: 'BillingStreet' },
                    { type: 'Field', value: 'BillingCity' },
                  ],
                },
              ],
            },
          ],
        ]),
        section('Hidden heading', [[item('Description', 'Description')]], false),
      ],
      // The edit layout decides what the rep may change and must fill in.
      editLayoutSections: [
        section('Deal', [
          [item('Opportunity Name', 'Name', { required: true }), item('Amount', 'Amount')],
          [item('Region', 'Region__c', { editableForUpdate: false })],
        ]),
      ],
    },
    {
      id: '00h000000000002AAA',
      detailLayoutSections: [section('Renewal', [[item('Discount', 'Discount__c')]])],
      editLayoutSections: null,
    },
  ],
  recordTypeMappings: [
    {
      recordTypeId: '012000000000001AAA',
      layoutId: '00h000000000001AAA',
      defaultRecordTypeMapping: true,
      available: true,
    },
    {
      recordTypeId: '012000000000002AAA',
      layoutId: '00h000000000002AAA',
      defaultRecordTypeMapping: false,
      available: true,
    },
  ],
};

describe('reduceLayouts', () => {
  it('keeps sections and lines in reading order, without blank spaces or empty sections', () => {
    const [first] = reduceLayouts(answer).layouts;
    expect(first!.sections.map((s) => s.heading)).toEqual(['Deal', 'Address', '']);
    expect(first!.sections[0]!.items).toEqual([
      {
        label: 'Opportunity Name',
        fields: ['Name'],
        required: true,
        editableForNew: true,
        editableForUpdate: true,
      },
      {
        label: 'Amount',
        fields: ['Amount'],
        required: false,
        editableForNew: true,
        editableForUpdate: true,
      },
      {
        label: 'Region',
        fields: ['Region__c'],
        required: false,
        editableForNew: true,
        editableForUpdate: false,
      },
    ]);
    expect(first!.sections[1]!.items[0]!.fields).toEqual(['BillingStreet', 'BillingCity']);
    // Not on the edit layout: shown, never edited.
    expect(first!.sections[2]!.items[0]).toMatchObject({ editableForUpdate: false });
  });
});

describe('layoutFor', () => {
  function cache() {
    const db = new Database(':memory:');
    onTestFinished(() => void db.close());
    migrate(db);
    return db;
  }

  it.each<[string | null, string]>([
    ['012000000000002AAA', 'Renewal'],
    ['012000000000002', 'Renewal'],
    ['012000000000001AAA', 'Deal'],
    [null, 'Deal'],
    ['012000000000009AAA', 'Deal'],
  ])('a record of type %s gets the layout starting with %s', (recordTypeId, heading) => {
    const db = cache();
    storeLayouts(db, 'Opportunity', answer, 1);
    expect(layoutFor(db, 'Opportunity', recordTypeId)![0]!.heading).toBe(heading);
  });

  it('an object without record types has its one layout; none cached is null', () => {
    const db = cache();
    storeLayouts(db, 'Account', { ...answer, recordTypeMappings: [] }, 1);
    expect(layoutFor(db, 'Account', null)![0]!.heading).toBe('Deal');
    expect(layoutFor(db, 'Lead', null)).toBeNull();
  });
});
