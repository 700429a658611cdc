import { day, instant, money, text } from '../format';

const count = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

/** Types shown right-aligned, like the table's own figures and dates. */
const figureTypes = new Set(['currency', 'double', 'int', 'percent', 'date', 'datetime']);
export const isFigure = (type: string) => figureTypes.has(type);

/**
 * A field's value as the rep reads it, by its Salesforce type: money in the record's currency
 * (else the org's), percentages, days and local times, Yes/No, a multi-select's values listed.
 */
export function formatField(
  type: string,
  value: unknown,
  currency: string | null,
  recordCurrency?: unknown,
): string {
  if (value === null || value === undefined || value === '') return '—';
  if (type === 'boolean') return value === true || value === 1 ? 'Yes' : 'No';
  if (typeof value === 'number') {
    if (type === 'currency')
      return money(value, typeof recordCurrency === 'string' ? recordCurrency : currency);
    if (type === 'percent') return `${count.format(value)}%`;
    return count.format(value);
  }
  if (type === 'date') return day(value);
  if (type === 'datetime') return instant(value);
  if (type === 'multipicklist') return String(value).split(';').join(', ');
  return text(value);
}
