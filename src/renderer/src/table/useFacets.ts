import { api } from '../api';
import { useIpc } from '../data/useIpc';

/** The values a table's filters offer, with counts, from the cache. */
export const useFacets = (object: 'Lead' | 'Account' | 'Contact' | 'Opportunity') =>
  useIpc(() => api().records.facets({ object }), [object]);
