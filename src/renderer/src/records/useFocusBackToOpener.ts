import { useEffect, useRef } from 'react';

/**
 * Where the rep opened the record panel from (a line on Home or in Tasks, a related record):
 * the focus goes back there when the panel closes and nothing else took it. A table and the
 * board hand it back themselves, to the row or card, before this runs.
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
    const lost = !document.activeElement || document.activeElement === document.body;
    if (lost && from instanceof HTMLElement && from.isConnected) from.focus();
  }, [open]);
}
