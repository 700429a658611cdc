import type { TotalsCurrency } from '../../shared/ipc/views';

/** Amounts in their record's (or the org's) currency and dates in the rep's locale. */
const moneyFormats = new Map<string, Intl.NumberFormat>();

export function money(amount: number | null | undefined, currency: string | null, compact = false) {
  if (amount === null || amount === undefined) return '—';
  const key = `${currency ?? ''}-${compact}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(undefined, {
      ...(currency ? { style: 'currency', currency } : {}),
      ...(compact
        ? { notation: 'compact', maximumFractionDigits: 1 }
        : { maximumFractionDigits: 0 }),
    });
    moneyFormats.set(key, format);
  }
  return format.format(amount);
}

/**
 * A total in the rep's currency: marked "≈" when amounts in other currencies were converted into
 * it at the org's rates. Without several currencies, the org's currency as always.
 */
export function total(
  amount: number,
  totals: TotalsCurrency,
  orgCurrency: string | null,
  compact = false,
) {
  const shown = money(amount, totals?.code ?? orgCurrency, compact);
  return totals?.converted ? `≈ ${shown}` : shown;
}

const count = new Intl.NumberFormat();
export const number = (n: number) => count.format(n);

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const instantFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** A Salesforce date (YYYY-MM-DD) is a calendar day, not an instant: shown as that day anywhere. */
export function day(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value))
    return value ? String(value) : '—';
  return dayFormat.format(new Date(`${value}T00:00:00Z`));
}

/** A Salesforce datetime ("2026-01-02T10:00:00.000+0000") in the rep's time zone. */
export function instant(value: unknown): string {
  if (typeof value !== 'string') return '—';
  const parsed = Date.parse(value.replace(/\+0000$/, 'Z'));
  return Number.isNaN(parsed) ? value : instantFormat.format(parsed);
}

const localDayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** The day a Salesforce datetime fell on in the rep's time zone, where the hour is noise. */
export function instantDay(value: unknown): string {
  if (typeof value !== 'string') return '—';
  const parsed = Date.parse(value.replace(/\+0000$/, 'Z'));
  return Number.isNaN(parsed) ? value : localDayFormat.format(parsed);
}

const monthFormat = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
export function month(value: string): string {
  return /^\d{4}-\d{2}$/.test(value)
    ? monthFormat.format(new Date(`${value}-01T00:00:00Z`))
    : value;
}

export const text = (value: unknown): string =>
  value === null || value === undefined || value === '' ? '—' : String(value);

/** What a rep calls many records of an object. */
export const pluralOf: Record<string, string> = {
  Account: 'Accounts',
  Contact: 'Contacts',
  Opportunity: 'Opportunities',
  Lead: 'Leads',
  Event: 'Meetings',
};
