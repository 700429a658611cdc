import { csvParseRows, dsvFormat } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { csvCell, tableCsv } from '../../../../src/core/views/tableCsv';

describe('csvCell', () => {
  it.each([
    ['a formula', '=cmd|"/C calc"!A0', `"'=cmd|""/C calc""!A0"`],
    ['a leading plus', '+1 415 555 0100', `"'+1 415 555 0100"`],
    ['a leading minus', '-2+3', `"'-2+3"`],
    ['an at sign', '@SUM(A1:A9)', `"'@SUM(A1:A9)"`],
    ['a leading tab', '\t=1', `"'\t=1"`],
    ['a leading carriage return', '\r=1', `"'\r=1"`],
    ['a formula after a semicolon', "Acme;=cmd|' /C calc'!A0", `"Acme;=cmd|' /C calc'!A0"`],
    ['plain text', 'Acme Corp', '"Acme Corp"'],
    ['an equals sign inside', 'a=b', '"a=b"'],
    ['an email', 'ana@example.com', '"ana@example.com"'],
    ['a negative number', -250, '-250'],
    ['a number', 1200.5, '1200.5'],
    ['a flag', true, 'true'],
    ['no value', null, ''],
    ['a missing field', undefined, ''],
  ])('%s', (_what, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('tableCsv', () => {
  it('writes labels as the header and quotes commas, quotes and line breaks so they read back', () => {
    const rows = [
      { Name: 'Smith, Ana', Title: 'She said "yes"', Amount: 100 },
      { Name: 'Line\nbreak', Title: null, Amount: -5 },
    ];
    const csv = tableCsv(
      [
        { field: 'Name', label: 'Name' },
        { field: 'Title', label: 'Title' },
        { field: 'Amount', label: 'Amount, USD' },
      ],
      rows,
    );
    expect(csvParseRows(csv)).toEqual([
      ['Name', 'Title', 'Amount, USD'],
      ['Smith, Ana', 'She said "yes"', '100'],
      ['Line\nbreak', '', '-5'],
    ]);
  });

  it('keeps a semicolon inside one quoted cell, for spreadsheets that split lines at semicolons', () => {
    const csv = tableCsv(
      [
        { field: 'Name', label: 'Name' },
        { field: 'Company', label: 'Company' },
      ],
      [{ Name: 'Ana Silva', Company: "Acme;=cmd|' /C calc'!A0" }],
    );
    // Read as such a spreadsheet reads it, quotes kept, no cell starts a formula.
    const [, cells] = dsvFormat(';').parseRows(csv);
    expect(cells).toEqual(['Ana Silva', "Acme;=cmd|' /C calc'!A0"]);
    expect(cells!.some((cell) => /^[=+\-@]/.test(cell))).toBe(false);
  });
});
