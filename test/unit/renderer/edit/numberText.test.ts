import { describe, expect, it } from 'vitest';
import { numberText, parseNumber } from '../../../../src/renderer/src/edit/numberText';

// The tests run in Node's default locale (en-US): "," groups, "." marks decimals.
describe('numbers in a form', () => {
  it.each<[unknown, string]>([
    [250_000, '250,000'],
    [1234.5, '1,234.5'],
    [0, '0'],
    [-42, '-42'],
    [null, ''],
    [undefined, ''],
  ])('%j starts an input as %j', (value, text) => expect(numberText(value)).toBe(text));

  it.each<[string, number]>([
    ['250,000', 250_000],
    ['250000', 250_000],
    ['1,234.50', 1234.5],
    [' 40 % ', 40],
    ['USD 1,000', 1000],
    ['$1,000', 1000],
    ['-5', -5],
    ['.5', 0.5],
  ])('%j is read as %d', (raw, value) => expect(parseNumber(raw)).toBe(value));

  it.each(['12abc', 'abc', '1.2.3', '', '--1'])('%j is not a number', (raw) =>
    expect(parseNumber(raw)).toBeNaN(),
  );
});
