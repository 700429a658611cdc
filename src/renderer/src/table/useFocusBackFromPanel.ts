import { useEffect, useRef, type RefObject } from 'react';
import { focusLost } from '../components/focusBack';

/**
 * When the record panel opened from a table closes and nothing else took the focus (it was on
 * the panel, now gone), the table takes it back, on the row the rep opened.
 */
export function useFocusBackFromPanel(
  selectedId: string | undefined,
  table: RefObject<HTMLElement | null>,
) {
  const opened = useRef(false);
  useEffect(() => {
    if (selectedId) {
      opened.current = true;
      return;
    }
    if (opened.current && focusLost()) table.current?.focus();
    opened.current = false;
  }, [selectedId, table]);
}
