import { describe, expect, it } from 'vitest';
import { convertAmount, roundTo, type Rates } from '../../../../src/core/views/currencyRates';

const rates: Rates = {
  corporate: 'USD',
  byCode: new Map([
    ['USD', { rate: 1, places: 2 }],
    ['EUR', { rate: 0.92, places: 2 }],
    ['JPY', { rate: 151.3, places: 0 }],
  ]),
  dated: [],
};

const dated: Rates = {
  ...rates,
  dated: [
    { isoCode: 'EUR', conversionRate: 0.9, startDate: '0001-01-01', nextStartDate: '2026-01-01' },
    { isoCode: 'EUR', conversionRate: 0.8, startDate: '2026-01-01', nextStartDate: '9999-12-31' },
    { isoCode: 'USD', conversionRate: 1, startDate: '0001-01-01', nextStartDate: '9999-12-31' },
  ],
};

describe('converting an amount at the org’s rates', () => {
  it.each([
    { amount: 100, from: 'USD', to: 'USD', converted: 100 },
    { amount: 92, from: 'EUR', to: 'USD', converted: 100 },
    { amount: 100, from: 'USD', to: 'EUR', converted: 92 },
    { amount: 15_130, from: 'JPY', to: 'USD', converted: 100 },
    { amount: 92, from: 'EUR', to: 'JPY', converted: 15_130 },
    { amount: 0, from: 'JPY', to: 'EUR', converted: 0 },
    { amount: -46, from: 'EUR', to: 'USD', converted: -50 },
    { amount: 100, from: '', to: 'EUR', converted: 92 },
    { amount: 100, from: 'GBP', to: 'USD', converted: 100 },
  ])('$amount $from is $converted $to', ({ amount, from, to, converted }) =>
    expect(convertAmount(amount, from, to, rates)).toBeCloseTo(converted, 9),
  );

  it.each([
    { amount: 90, from: 'EUR', to: 'USD', day: '2025-12-31', converted: 100 },
    { amount: 80, from: 'EUR', to: 'USD', day: '2026-01-01', converted: 100 },
    { amount: 100, from: 'USD', to: 'EUR', day: '2026-06-30', converted: 80 },
    { amount: 92, from: 'EUR', to: 'USD', day: undefined, converted: 100 },
    { amount: 15_130, from: 'JPY', to: 'USD', day: '2026-06-30', converted: 100 },
  ])(
    'at dated rates, $amount $from on $day is $converted $to',
    ({ amount, from, to, day, converted }) =>
      expect(convertAmount(amount, from, to, dated, day)).toBeCloseTo(converted, 9),
  );

  it.each([
    { amount: 1234.5678, code: 'USD', rounded: 1234.57 },
    { amount: 1234.5, code: 'JPY', rounded: 1235 },
    { amount: 0.004, code: 'EUR', rounded: 0 },
    { amount: 10.125, code: 'XYZ', rounded: 10.13 },
  ])('$amount rounds to $rounded in $code', ({ amount, code, rounded }) =>
    expect(roundTo(amount, code, rates)).toBe(rounded),
  );
});
