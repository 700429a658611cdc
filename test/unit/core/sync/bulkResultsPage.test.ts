import { describe, expect, it } from 'vitest';
import { readResultsPage } from '../../../../src/core/sync/bulkResultsPage';

const read = (csv: string, announced: number | null) => {
  const ids: string[] = [];
  const count = readResultsPage({ csv, announced, locator: 'null' }, (row) => ids.push(row['Id']!));
  return { count, ids };
};

describe('a Bulk API results page', () => {
  it('hands over every row, quoted commas and line breaks included', () => {
    const csv = 'Id,Name\n001A,"Acme, Inc."\n001B,"Two\nlines"\n';
    expect(read(csv, 2)).toEqual({ count: 2, ids: ['001A', '001B'] });
    expect(read('Id,Name\n', 0)).toEqual({ count: 0, ids: [] });
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
