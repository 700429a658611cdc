import { activeConnection, useAppStore } from '../state/appStore';

/** The active org's currency, for amounts whose record does not say its own. */
export const useCurrency = () => activeConnection(useAppStore((s) => s.auth))?.currency ?? null;

/** A record's own currency in a multi-currency org, else the org's. */
export const currencyOf = (record: Record<string, unknown>, orgCurrency: string | null) => {
  const own = record['CurrencyIsoCode'];
  return typeof own === 'string' && own ? own : orgCurrency;
};
