import type { Connection } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOrg, type FakeOrg } from '../../fake-org';
import type { SfRecord } from '../../fake-org/store';
import { failure, signIn } from '../../support/fakeOrgSignIn';

let fake: FakeOrg;
let conn: Connection;
let single: FakeOrg;
let singleConn: Connection;

beforeAll(async () => {
  fake = await startFakeOrg({
    autoApprove: true,
    currencies: [
      { isoCode: 'USD', conversionRate: 1, isCorporate: true },
      { isoCode: 'EUR', conversionRate: 0.9 },
      { isoCode: 'JPY', conversionRate: 150, decimalPlaces: 0 },
    ],
  });
  conn = await signIn(fake);
  single = await startFakeOrg({ autoApprove: true });
  singleConn = await signIn(single);
});
afterAll(async () => {
  await fake.stop();
  await single.stop();
});

const opportunity = async (amount: number, currency?: string) =>
  (
    await conn.sobject('Opportunity').create({
      Name: `In ${currency ?? 'default'}`,
      StageName: 'Prospecting',
      CloseDate: '2026-06-30',
      Amount: amount,
      ...(currency ? { CurrencyIsoCode: currency } : {}),
    })
  ).id!;

describe('fake org multi-currency', () => {
  it('lists CurrencyType and puts CurrencyIsoCode on records and users', async () => {
    const types = await conn.query<SfRecord>(
      'SELECT IsoCode, ConversionRate, IsCorporate, IsActive FROM CurrencyType ORDER BY IsoCode',
    );
    expect(types.records).toMatchObject([
      { IsoCode: 'EUR', ConversionRate: 0.9, IsCorporate: false, IsActive: true },
      { IsoCode: 'JPY', ConversionRate: 150, IsCorporate: false },
      { IsoCode: 'USD', ConversionRate: 1, IsCorporate: true },
    ]);
    const me = await conn.query<SfRecord>(
      `SELECT CurrencyIsoCode, DefaultCurrencyIsoCode FROM User WHERE Id = '${fake.userId}'`,
    );
    expect(me.records[0]).toMatchObject({ CurrencyIsoCode: 'USD', DefaultCurrencyIsoCode: 'USD' });
    const id = await opportunity(100);
    expect(fake.control.get('Opportunity', id)!['CurrencyIsoCode']).toBe('USD');
    const generated = fake.control.all('Account')[0]!;
    expect(generated['CurrencyIsoCode']).toBe('USD');
  });

  it('converts with convertCurrency() into the user’s currency', async () => {
    const id = await opportunity(900, 'EUR');
    const soql = `SELECT Amount, convertCurrency(Amount) converted, CurrencyIsoCode FROM Opportunity WHERE Id = '${id}'`;
    expect((await conn.query<SfRecord>(soql)).records[0]).toMatchObject({
      Amount: 900,
      converted: 1000,
      CurrencyIsoCode: 'EUR',
    });
    fake.control.update('User', fake.userId, { DefaultCurrencyIsoCode: 'JPY' });
    const inYen = await conn.query<SfRecord>(
      `SELECT convertCurrency(Amount) FROM Opportunity WHERE Id = '${id}'`,
    );
    expect(inYen.records[0]!['Amount']).toBe(150_000);
    fake.control.update('User', fake.userId, { DefaultCurrencyIsoCode: 'USD' });
  });

  it('aggregates currency fields in the corporate currency', async () => {
    const ids = [await opportunity(900, 'EUR'), await opportunity(15_000, 'JPY')];
    const sum = await conn.query<SfRecord>(
      `SELECT SUM(Amount) total, MAX(Amount) biggest FROM Opportunity WHERE Id IN ('${ids.join("','")}')`,
    );
    expect(sum.records[0]).toMatchObject({ total: 1100, biggest: 1000 });
  });

  it('refuses a currency the org does not have', async () => {
    expect(await failure(opportunity(5, 'XYZ'))).toMatchObject({
      errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
    });
  });

  it('leaves a single-currency org without CurrencyIsoCode, CurrencyType or convertCurrency()', async () => {
    const describe = await singleConn.sobject('Opportunity').describe();
    expect(describe.fields.some((f) => f.name === 'CurrencyIsoCode')).toBe(false);
    const global = await singleConn.describeGlobal();
    expect(global.sobjects.some((o) => o.name === 'CurrencyType')).toBe(false);
    expect(
      await failure(singleConn.query('SELECT convertCurrency(Amount) FROM Opportunity')),
    ).toMatchObject({ errorCode: 'INVALID_FIELD' });
    const row = single.control.all('Opportunity')[0]!;
    expect('CurrencyIsoCode' in row).toBe(false);
  });
});
