import { useEffect, useRef } from 'react';
import { focusBack, focusLost } from '../components/focusBack';

/**
 * Where the rep opened the record panel from (a line on Home or in Tasks, a related record):
 * the focus goes back there when the panel closes and nothing else took it, else to the view's
 * title. A table and the board hand it back themselves, to the row or card, before this runs.
 */
export function useFocusBackToOpener(open: boolean) {
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    if (open) {
      opener.current = document.activeElement;
      return;
    }
    const from = opener.current;
    opener.current = null;
    if (from !== null && focusLost()) focusBack(from);
  }, [open]);
}
