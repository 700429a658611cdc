import { describe, expect, it } from 'vitest';
import { readResultsPage } from '../../../../src/core/salesforce/bulkResultsPage';

const fields = [
  { name: 'Id', type: 'id' },
  { name: 'Name', type: 'string' },
];
const read = (csv: string, announced: number | null) => {
  const records: unknown[] = [];
  const count = readResultsPage({ csv, announced, locator: 'null' }, fields, (record) =>
    records.push(record),
  );
  return { count, records };
};

describe('a Bulk API results page', () => {
  it('hands over every row, quoted commas and line breaks included', () => {
    const csv = 'Id,Name\n001A,"Acme, Inc."\n001B,"Two\nlines"\n';
    expect(read(csv, 2)).toEqual({
      count: 2,
      records: [
        { Id: '001A', Name: 'Acme, Inc.' },
        { Id: '001B', Name: 'Two\nlines' },
      ],
    });
    expect(read('Id,Name\n', 0)).toEqual({ count: 0, records: [] });
  });

  it('restores JSON types, by column name whatever the order, and null for empty or missing', () => {
    const typed = [
      { name: 'Id', type: 'id' },
      { name: 'IsDeleted', type: 'boolean' },
      { name: 'Amount', type: 'currency' },
      { name: 'IsWon', type: 'boolean' },
      { name: 'CloseDate', type: 'date' },
      { name: 'SystemModstamp', type: 'datetime' },
      { name: 'NextStep', type: 'string' },
      { name: 'Hidden', type: 'string' },
    ];
    const records: unknown[] = [];
    const csv =
      'IsWon,SystemModstamp,Amount,Id,CloseDate,NextStep,IsDeleted\n' +
      'true,2026-03-01T10:00:00.000Z,1250.5,006A,2026-04-01,,false\n' +
      'false,2026-03-02T10:00:00.000Z,,006B,,Call,true\n';
    readResultsPage({ csv, announced: 2, locator: 'null' }, typed, (r) => records.push(r));
    expect(records).toEqual([
      {
        Id: '006A',
        Amount: 1250.5,
        IsWon: true,
        CloseDate: '2026-04-01',
        SystemModstamp: '2026-03-01T10:00:00.000+0000',
        NextStep: null,
        Hidden: null,
      },
      {
        Id: '006B',
        Amount: null,
        IsWon: false,
        CloseDate: null,
        SystemModstamp: '2026-03-02T10:00:00.000+0000',
        NextStep: 'Call',
        Hidden: null,
        IsDeleted: true,
      },
    ]);
  });

  it.each([
    ['an empty body', '', null],
    ['no Id column', 'Name\nAcme\n', 1],
    ['fewer rows than announced', 'Id,Name\n001A,Acme\n', 2],
    ['a row cut before its last column', 'Id,Name\n001A,Acme\n001B', null],
    ['a row without an Id', 'Id,Name\n,Acme\n', 1],
  ])('refuses %s', (_what, csv, announced) => {
    expect(() => read(csv, announced)).toThrow(/unreadable Bulk API results page/);
  });
});
