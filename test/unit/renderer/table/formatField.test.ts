import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Pinned to en-US in UTC, as format.test.ts pins the rep's locale.
class NumberFormat extends Intl.NumberFormat {
  constructor(locale?: string, options?: Intl.NumberFormatOptions) {
    super(locale ?? 'en-US', options);
  }
}
class DateTimeFormat extends Intl.DateTimeFormat {
  constructor(locale?: string, options?: Intl.DateTimeFormatOptions) {
    super(locale ?? 'en-US', { timeZone: 'UTC', ...options });
  }
}

let formatField: typeof import('../../../../src/renderer/src/table/formatField').formatField;
beforeAll(async () => {
  vi.stubGlobal('Intl', { ...Intl, NumberFormat, DateTimeFormat });
  ({ formatField } = await import('../../../../src/renderer/src/table/formatField'));
});
afterAll(() => vi.unstubAllGlobals());

describe('formatField: a synced field as the rep reads it', () => {
  it.each<[string, unknown, unknown, string]>([
    ['currency', 1234.5, undefined, '$1,235'],
    ['currency', 5000, 'EUR', '€5,000'],
    ['percent', 12.5, undefined, '12.5%'],
    ['double', 7, undefined, '7'],
    ['int', 12000, undefined, '12,000'],
    ['date', '2026-03-02', undefined, 'Mar 2, 2026'],
    ['datetime', '2026-03-02T10:05:00.000+0000', undefined, 'Mar 2, 2026, 10:05 AM'],
    ['boolean', true, undefined, 'Yes'],
    ['boolean', false, undefined, 'No'],
    ['multipicklist', 'Core;Support', undefined, 'Core, Support'],
    ['picklist', 'EMEA', undefined, 'EMEA'],
    ['string', null, undefined, '—'],
    ['currency', undefined, undefined, '—'],
  ])('%s %j (record currency %j) reads %j', (type, value, recordCurrency, expected) =>
    expect(formatField(type, value, 'USD', recordCurrency)).toBe(expected),
  );
});
