import { useState } from 'react';
import type { SavedView, SavedViewTable } from '../../../shared/ipc/savedViews';
import { api } from '../api';
import { useIpc } from '../data/useIpc';

/** A table's saved views, kept by main with the app's settings. */
export function useSavedViews(table: SavedViewTable) {
  const [changed, setChanged] = useState<SavedView[]>();
  const [error, setError] = useState<string>();
  const loaded = useIpc(() => api().views.saved({ table }), [table]);
  const views = changed ?? loaded.data?.views ?? [];
  return {
    views,
    error: error ?? loaded.error,
    /** Stores the whole new list; the menu shows what main kept. */
    async store(next: SavedView[]) {
      const result = await api().views.setSaved({ table, views: next });
      if (result.ok) {
        setChanged(result.value.views);
        setError(undefined);
      } else setError(result.message);
    },
  };
}
