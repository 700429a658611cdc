import { useEffect } from 'react';
import { useAppStore } from '../state/appStore';

/**
 * E pressed on this record in a table or on the board: opens its edit form, as the Edit button
 * does. The request waits in the store, so a panel or page that mounts after it still sees it.
 */
export function useEditRequest(
  object: string | undefined,
  id: string | undefined,
  edit: () => void,
) {
  const wanted = useAppStore((s) => s.editWanted);
  const taken = useAppStore((s) => s.editTaken);
  useEffect(() => {
    if (!wanted || wanted.object !== object || wanted.id !== id) return;
    taken();
    edit();
  }, [wanted, object, id, edit, taken]);
}
