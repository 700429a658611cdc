import { describe, expect, it } from 'vitest';
import { changeCurrencies } from '../../../../src/core/outbox/recordCurrency';

describe('the currency a change’s amounts read in', () => {
  it.each([
    ['a single-currency org: none, so the org’s', { Amount: 5 }, { Amount: 4 }, {}, null, null],
    [
      'a euro deal’s amount',
      { CurrencyIsoCode: 'EUR', Amount: 5 },
      { CurrencyIsoCode: 'EUR', Amount: 4 },
      { Amount: 5 },
      'EUR',
      'EUR',
    ],
    [
      'a new yen deal: nothing before',
      { CurrencyIsoCode: 'JPY' },
      null,
      { Amount: 5 },
      'JPY',
      'JPY',
    ],
    [
      'a change of currency with its amount: each side its own',
      { CurrencyIsoCode: 'USD', Amount: 5 },
      { CurrencyIsoCode: 'EUR', Amount: 4 },
      { CurrencyIsoCode: 'USD', Amount: 5 },
      'USD',
      'EUR',
    ],
    [
      'a blank code counts as none',
      { CurrencyIsoCode: '' },
      { CurrencyIsoCode: '' },
      { Amount: 5 },
      null,
      null,
    ],
  ])('%s', (_case, record, before, fields, currency, currencyBefore) => {
    expect(changeCurrencies(record, before, fields)).toEqual({ currency, currencyBefore });
  });
});
