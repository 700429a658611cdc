import type { ReactNode } from 'react';
import type { FieldMeta } from '../../../shared/editing';
import type { RecordRow } from '../../../shared/ipc/views';
import { lookupNameKey } from '../../../shared/lookups';
import { ExternalLink } from '../components/ExternalLink';
import { day, instant, money, text } from '../format';
import { formatField } from '../table/formatField';
import { LookupLink } from './LookupLink';
import { currencyOf } from './useCurrency';

const blank = (v: unknown) => v === null || v === undefined || v === '';

/**
 * The name a lookup shows: the cached record's (main reads it beside the row), else the joined
 * name (AccountName) or its relationship's; never the id itself.
 */
function lookupName(field: string, record: RecordRow): unknown {
  const cached = record[lookupNameKey(field)];
  if (typeof cached === 'string') return cached;
  const base = field.endsWith('Id') ? field.slice(0, -2) : field.replace(/__c$/, '__r');
  const related = record[base] as { Name?: unknown } | null | undefined;
  return record[`${base}Name`] ?? (typeof related === 'object' ? related?.Name : undefined);
}

/** One field's value as the record shows it, formatted by its describe type. */
function oneValue(
  meta: FieldMeta | undefined,
  field: string,
  record: RecordRow,
  currency: string | null,
): ReactNode {
  const value = record[field];
  switch (meta?.type) {
    case 'currency':
      return money(value as number | null, currencyOf(record, currency));
    case 'percent':
    case 'int':
    case 'double':
      return formatField(meta.type, value, currency);
    case 'date':
      return day(value);
    case 'datetime':
      return instant(value);
    case 'boolean':
      return value === true ? 'Yes' : 'No';
    case 'phone':
      return <ExternalLink kind="phone" value={value} />;
    case 'email':
      return <ExternalLink kind="email" value={value} />;
    case 'url':
      return <ExternalLink kind="website" value={value} />;
    case 'reference':
      return <LookupLink id={value} name={lookupName(field, record)} />;
    case 'picklist':
      return text(blank(value) ? value : (meta.picklistLabels?.[String(value)] ?? value));
    case 'multipicklist':
      return text(
        blank(value)
          ? value
          : String(value)
              .split(';')
              .map((v) => meta.picklistLabels?.[v] ?? v)
              .join(', '),
      );
    default:
      return text(value);
  }
}

/**
 * A layout line's value: one field formatted by its type, or several (an address) joined. A
 * field not synced yet shows blank, as an empty one does.
 */
export function shownValue(
  metas: Map<string, FieldMeta>,
  fields: string[],
  record: RecordRow,
  currency: string | null,
): ReactNode {
  if (fields.length === 1) return oneValue(metas.get(fields[0]!), fields[0]!, record, currency);
  return text(
    fields
      .map((field) => record[field])
      .filter((v) => !blank(v))
      .join(', '),
  );
}
