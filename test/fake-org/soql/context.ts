import type { Store } from '../store';

/** What a query runs as: the org's data, the caller's visibility and the org's clock. */
export type QueryContext = {
  store: Store;
  soql: string;
  now: number;
  /** Whether the caller may see this field (hidden fields are INVALID_FIELD). */
  canSeeField(object: string, field: string): boolean;
  /** Whether the caller may see this row (private sharing shows only their own). */
  canSeeRow(object: string, row: { OwnerId?: unknown }): boolean;
  apiVersion: string;
  /** The caller's DefaultCurrencyIsoCode in a multi-currency org, for convertCurrency(). */
  userCurrency?: string;
};
