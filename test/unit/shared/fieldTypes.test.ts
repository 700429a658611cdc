import { describe, expect, it } from 'vitest';
import { isNumericType } from '../../../src/shared/fieldTypes';

describe('isNumericType', () => {
  it.each([
    ['currency', true],
    ['double', true],
    ['percent', true],
    ['int', true],
    ['string', false],
    ['boolean', false],
    ['date', false],
    ['datetime', false],
    ['picklist', false],
    ['reference', false],
    ['', false],
  ])('%s: %s', (type, expected) => {
    expect(isNumericType(type)).toBe(expected);
  });
});
