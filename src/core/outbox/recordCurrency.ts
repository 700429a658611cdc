import type Database from 'better-sqlite3';
import { cachedDescribe } from '../schema/fieldList';

type Values = Record<string, unknown>;

const code = (value: unknown) => (typeof value === 'string' && value ? value : null);

/**
 * The currencies a change's amounts read in: after the change, the currency it sets or else the
 * record's own; before it, the currency of the version it was made on. Null where the record
 * says none (a single-currency org): the org's currency then.
 */
export function changeCurrencies(
  record: Values,
  before: Values | null,
  fields: Values,
): { currency: string | null; currencyBefore: string | null } {
  const currency = code(fields['CurrencyIsoCode']) ?? code(record['CurrencyIsoCode']);
  return { currency, currencyBefore: code(before?.['CurrencyIsoCode']) ?? currency };
}

/**
 * The currency Salesforce gives a new record that names none, in a multi-currency org: its
 * creator's default. Kept on the local record only, so its amounts read right before the push.
 */
export function newRecordCurrency(
  db: Database.Database,
  object: string,
  userId: string,
): string | null {
  const several = db.prepare('SELECT COUNT(*) FROM currency_type').pluck().get() as number;
  if (several < 2 || !cachedDescribe(db, object)?.some((f) => f.name === 'CurrencyIsoCode'))
    return null;
  const own = db
    .prepare("SELECT json_extract(json, '$.DefaultCurrencyIsoCode') FROM sf_user WHERE id = ?")
    .pluck()
    .get(userId);
  return code(own);
}
