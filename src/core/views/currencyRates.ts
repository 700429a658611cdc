import type Database from 'better-sqlite3';
import type { DatedRateRow } from '../salesforce/orgMetadata';
import { cachedDatedRates } from '../store/orgMetadataStore';

/**
 * An org's currencies: each code's rate per one unit of the corporate currency, and its decimals;
 * with advanced currency management, its dated rates too (empty without).
 */
export type Rates = {
  corporate: string;
  byCode: ReadonlyMap<string, { rate: number; places: number }>;
  dated: readonly DatedRateRow[];
};

/** The cached CurrencyType rows; null in a single-currency org (it has none). */
export function orgRates(db: Database.Database): Rates | null {
  const rows = db
    .prepare('SELECT iso_code, conversion_rate, decimal_places, is_corporate FROM currency_type')
    .all() as Array<{
    iso_code: string;
    conversion_rate: number;
    decimal_places: number;
    is_corporate: number;
  }>;
  const corporate = rows.find((r) => r.is_corporate === 1);
  if (!corporate) return null;
  return {
    corporate: corporate.iso_code,
    byCode: new Map(
      rows.map((r) => [r.iso_code, { rate: r.conversion_rate, places: r.decimal_places }]),
    ),
    dated: cachedDatedRates(db),
  };
}

/**
 * An amount in another currency, as Salesforce's convertCurrency() does it: to the corporate
 * currency by the source rate, then to the target by its rate. A deal's amount passes its close
 * day: with dated rates, the rates in force that day. A blank or unknown code is the corporate
 * currency: rows synced before multi-currency carry none.
 */
export function convertAmount(
  amount: number,
  from: string,
  to: string,
  rates: Rates,
  day?: string,
): number {
  const rateOf = (code: string) =>
    (day &&
      rates.dated.find((d) => d.isoCode === code && d.startDate <= day && day < d.nextStartDate)
        ?.conversionRate) ||
    (rates.byCode.get(code)?.rate ?? 1);
  return from === to ? amount : (amount / rateOf(from)) * rateOf(to);
}

/** A converted total rounded to the target currency's decimal places, as Salesforce shows it. */
export function roundTo(amount: number, code: string, rates: Rates): number {
  const factor = 10 ** (rates.byCode.get(code)?.places ?? 2);
  return Math.round(amount * factor) / factor;
}

/** The rep's currency (their User's DefaultCurrencyIsoCode), else the corporate one. */
export function repCurrency(db: Database.Database, userId: string, rates: Rates): string {
  const code = db
    .prepare(`SELECT json_extract(json, '$.DefaultCurrencyIsoCode') FROM sf_user WHERE id = ?`)
    .pluck()
    .get(userId) as string | null | undefined;
  return code && rates.byCode.has(code) ? code : rates.corporate;
}
