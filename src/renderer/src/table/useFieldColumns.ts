import { useMemo } from 'react';
import type { SyncedField } from '../../../shared/ipc/fieldColumns';
import { useCurrency } from '../records/useCurrency';
import { withFieldColumns } from './fieldColumns';
import type { TableColumn } from './RecordTable';
import { useSyncedFields } from './useSyncedFields';

const none: SyncedField[] = [];

/**
 * A view's columns followed by every other synced field (a lookup shows its record's name), and
 * the fields a rep can filter by (lookups hold record ids, which mean nothing to a rep).
 */
export function useFieldColumns(
  object: 'Lead' | 'Account' | 'Contact' | 'Opportunity',
  columns: TableColumn[],
) {
  const currency = useCurrency();
  const synced = useSyncedFields(object).data?.fields ?? none;
  return useMemo(() => {
    const shown = synced.filter((f) => f.type !== 'id');
    const fields = shown.filter((f) => f.type !== 'reference');
    return { columns: withFieldColumns(columns, shown, currency), fields };
  }, [columns, synced, currency]);
}
