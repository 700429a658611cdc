import { useMemo } from 'react';
import type { SyncedField } from '../../../shared/ipc/fieldColumns';
import { useCurrency } from '../records/useCurrency';
import { withFieldColumns } from './fieldColumns';
import type { TableColumn } from './RecordTable';
import { useSyncedFields } from './useSyncedFields';

const none: SyncedField[] = [];

/**
 * A view's columns followed by every other synced field, and the fields a rep can filter by
 * (lookups hold record ids, which mean nothing to a rep, so neither list offers them).
 */
export function useFieldColumns(
  object: 'Lead' | 'Account' | 'Contact' | 'Opportunity',
  columns: TableColumn[],
) {
  const currency = useCurrency();
  const synced = useSyncedFields(object).data?.fields ?? none;
  return useMemo(() => {
    const fields = synced.filter((f) => f.type !== 'reference' && f.type !== 'id');
    return { columns: withFieldColumns(columns, fields, currency), fields };
  }, [columns, synced, currency]);
}
