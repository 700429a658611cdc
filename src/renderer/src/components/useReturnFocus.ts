import { useRef } from 'react';

/**
 * Focus for a button that a form replaces while open: `willReturn()` as the form closes, then the
 * button, mounting again, takes focus through `ref`, so the rep is back where they left from.
 */
export function useReturnFocus() {
  const armed = useRef(false);
  return {
    willReturn: () => {
      armed.current = true;
    },
    ref: (button: HTMLButtonElement | null) => {
      if (!button || !armed.current) return;
      armed.current = false;
      button.focus();
    },
  };
}
