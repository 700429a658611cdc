import type { SyncedField } from '../../../shared/ipc/fieldColumns';
import { lookupNameKey } from '../../../shared/lookups';
import { LookupLink } from '../records/LookupLink';
import { formatField, isFigure } from './formatField';
import type { TableColumn } from './RecordTable';

/**
 * Every synced field the view does not show already, as a column the rep can turn on from the
 * Columns menu: headed by its label, formatted by its type (a lookup as its record's name),
 * sorted by main.
 */
export function withFieldColumns(
  columns: TableColumn[],
  fields: SyncedField[],
  currency: string | null,
): TableColumn[] {
  const taken = new Set(columns.map((c) => c.id));
  const labels = new Set(columns.map((c) => c.header.toLowerCase()));
  const extra = fields
    .filter((f) => !taken.has(f.name) && !labels.has(f.label.toLowerCase()))
    .map((f): TableColumn => ({
      id: f.name,
      header: f.label,
      size: 140,
      hidden: true,
      numeric: isFigure(f.type),
      render: (row) =>
        f.type === 'reference' ? (
          <LookupLink id={row[f.name]} name={row[lookupNameKey(f.name)]} inRow />
        ) : (
          formatField(f.type, row[f.name], currency, row['CurrencyIsoCode'])
        ),
    }));
  return [...columns, ...extra];
}
