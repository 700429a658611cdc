import { useEffect, useRef } from 'react';
import { isTyping } from '../components/isTyping';

/** E opens the record's form while `enabled`, unless the rep is typing somewhere. */
export function useEditKey(enabled: boolean, onEdit: () => void) {
  const latest = useRef(onEdit);
  latest.current = onEdit;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'e' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (
        event.defaultPrevented ||
        isTyping(event.target instanceof HTMLElement ? event.target : null)
      )
        return;
      event.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}

/**
 * Focus around a form that opens in place of the Edit button: `opening()` remembers where focus
 * was (the button, or a row when E opened it), `closing()` as the form closes; then the Edit
 * button, mounting again, gives focus back there, or takes it when that place is gone.
 */
export function useFocusOrigin() {
  const origin = useRef<Element | null>(null);
  const armed = useRef(false);
  return {
    opening: () => {
      origin.current = document.activeElement;
    },
    closing: () => {
      armed.current = true;
    },
    ref: (button: HTMLButtonElement | null) => {
      if (!button || !armed.current) return;
      armed.current = false;
      const back = origin.current;
      if (back instanceof HTMLElement && back.isConnected && back !== document.body) back.focus();
      else button.focus();
    },
  };
}
