import type { FieldFunctionExpression } from '@jetstreamapp/soql-parser-js';
import { ApiError } from '../http/apiError';
import type { ObjectDef } from '../schema/types';
import type { SfRecord } from '../store';
import type { QueryContext } from './context';
import { resolvePath, type FieldPath } from './fieldPath';

/**
 * A currency's rate per one unit of the corporate currency for a record: with advanced currency
 * management an opportunity's amounts convert at the dated rate in force on its CloseDate (SOQL
 * reference, convertCurrency()); everything else at the CurrencyType rate.
 */
function rates(ctx: QueryContext): (code: string, record: SfRecord | undefined) => number {
  const table = new Map(
    [...ctx.store.table('CurrencyType').rows.values()].map((c) => [
      String(c['IsoCode']),
      Number(c['ConversionRate']),
    ]),
  );
  const dated = ctx.store.schema.datedRates;
  return (code, record) => {
    const day = record?.['CloseDate'];
    if (dated.length && typeof day === 'string' && record?.Id.startsWith('006')) {
      const period = dated.find(
        (d) => d.isoCode === code && d.startDate <= day && day < d.nextStartDate,
      );
      if (period) return period.conversionRate;
    }
    return table.get(code) ?? 1;
  };
}

/** The record a currency value belongs to: the row itself, or the parent a path ends on. */
function owningRow(ctx: QueryContext, path: FieldPath, row: SfRecord): SfRecord | undefined {
  let current: SfRecord | undefined = row;
  for (const step of path.steps) {
    const id: unknown = current?.[step.field.name];
    current = typeof id === 'string' ? ctx.store.find(id)?.row : undefined;
  }
  return current;
}

const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;

/**
 * A currency value in the corporate currency, as Salesforce sums, averages and compares currency
 * fields in aggregates of a multi-currency org ("any currency data returned by an aggregate
 * function is in the org's default currency", SOQL reference on convertCurrency()).
 */
export function inCorporate(ctx: QueryContext, path: FieldPath) {
  if (path.field.type !== 'currency' || !ctx.store.schema.corporateCurrency) return path.get;
  const rateOf = rates(ctx);
  return (row: SfRecord) => {
    const value = path.get(row);
    if (typeof value !== 'number') return value;
    const owner = owningRow(ctx, path, row);
    return value / rateOf(String(owner?.['CurrencyIsoCode'] ?? ''), owner);
  };
}

/**
 * `convertCurrency(Amount)` in SELECT: the value in the querying user's currency, converted with
 * the org's rates and rounded to that currency's decimal places. Refused outside a multi-currency
 * org and on anything but a currency field, as Salesforce refuses it.
 */
export function convertCurrencyColumn(
  ctx: QueryContext,
  object: ObjectDef,
  f: FieldFunctionExpression,
): { name: string; get(row: SfRecord): unknown } {
  const parameter = f.parameters?.[0];
  if (!ctx.store.schema.corporateCurrency)
    throw new ApiError(
      400,
      'INVALID_FIELD',
      'convertCurrency() is only valid in an organization with multi-currency enabled',
    );
  if (typeof parameter !== 'string')
    throw new ApiError(400, 'MALFORMED_QUERY', `unexpected token: ${f.rawValue ?? ''}`);
  const path = resolvePath(ctx, object, parameter);
  if (path.field.type !== 'currency')
    throw new ApiError(
      400,
      'INVALID_FIELD',
      `convertCurrency can only be applied to fields of type currency: ${path.name}`,
    );
  const rateOf = rates(ctx);
  const corporate = inCorporate(ctx, path);
  const target = ctx.userCurrency ?? ctx.store.schema.corporateCurrency;
  const places = ctx.store.schema.currencies.find((c) => c.isoCode === target)?.decimalPlaces ?? 2;
  return {
    name: f.alias ?? path.field.name,
    get: (row) => {
      const value = corporate(row);
      return typeof value === 'number'
        ? round(value * rateOf(target, owningRow(ctx, path, row)), places)
        : value;
    },
  };
}
