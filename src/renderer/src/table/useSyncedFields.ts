import { api } from '../api';
import { useIpc } from '../data/useIpc';

/** The fields of an object the cache holds (label, type, picklist values), for columns and filters. */
export const useSyncedFields = (object: 'Lead' | 'Account' | 'Contact' | 'Opportunity') =>
  useIpc(() => api().records.fields({ object }), [object]);
