import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOrg, type FakeOrg } from '../../fake-org';
import type { SfRecord } from '../../fake-org/store';
import { failure, signIn } from '../../support/fakeOrgSignIn';

let fake: FakeOrg | undefined;
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});

const currencies = [
  { isoCode: 'USD', conversionRate: 1, isCorporate: true },
  { isoCode: 'EUR', conversionRate: 0.9 },
];

describe('fake org dated exchange rates (advanced currency management)', () => {
  it('lists DatedConversionRate periods and converts a deal at the rate of its close date', async () => {
    fake = await startFakeOrg({
      autoApprove: true,
      currencies,
      datedRates: [{ isoCode: 'EUR', conversionRate: 0.8, startDate: '2026-01-01' }],
    });
    const conn = await signIn(fake);
    const periods = await conn.query<SfRecord>(
      'SELECT IsoCode, ConversionRate, StartDate, NextStartDate FROM DatedConversionRate ORDER BY IsoCode, StartDate',
    );
    expect(periods.records.map(({ attributes, Id, ...r }) => r)).toEqual([
      { IsoCode: 'EUR', ConversionRate: 0.9, StartDate: '0001-01-01', NextStartDate: '2026-01-01' },
      { IsoCode: 'EUR', ConversionRate: 0.8, StartDate: '2026-01-01', NextStartDate: '9999-12-31' },
      { IsoCode: 'USD', ConversionRate: 1, StartDate: '0001-01-01', NextStartDate: '9999-12-31' },
    ]);
    const deal = async (closeDate: string, amount: number) =>
      (
        await conn.sobject('Opportunity').create({
          Name: `Closing ${closeDate}`,
          StageName: 'Prospecting',
          CloseDate: closeDate,
          Amount: amount,
          CurrencyIsoCode: 'EUR',
        })
      ).id!;
    const before = await deal('2025-12-31', 90);
    const after = await deal('2026-01-01', 80);
    const converted = await conn.query<SfRecord>(
      `SELECT Id, convertCurrency(Amount) FROM Opportunity WHERE Id IN ('${before}', '${after}')`,
    );
    expect(converted.records.map((r) => r['Amount'])).toEqual([100, 100]);
    const sum = await conn.query<SfRecord>(
      `SELECT SUM(Amount) total FROM Opportunity WHERE Id IN ('${before}', '${after}')`,
    );
    expect(sum.records[0]!['total']).toBeCloseTo(200, 9);

    // Only opportunities use dated rates; an account's revenue uses the CurrencyType rate.
    const account = await conn
      .sobject('Account')
      .create({ Name: 'Euro', AnnualRevenue: 90, CurrencyIsoCode: 'EUR' });
    const revenue = await conn.query<SfRecord>(
      `SELECT convertCurrency(AnnualRevenue) FROM Account WHERE Id = '${account.id!}'`,
    );
    expect(revenue.records[0]!['AnnualRevenue']).toBe(100);
  });

  it('has no DatedConversionRate without dated rates', async () => {
    fake = await startFakeOrg({ autoApprove: true, currencies });
    const conn = await signIn(fake);
    expect(await failure(conn.query('SELECT IsoCode FROM DatedConversionRate'))).toMatchObject({
      errorCode: 'INVALID_TYPE',
    });
  });
});
