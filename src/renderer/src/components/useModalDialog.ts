import { useEffect, useRef } from 'react';

/**
 * A `<dialog>` shown modally while `open` holds, with `opener` the element focused as it opened.
 * The browser's own close (Escape) says so at once, in cancel; its close event comes in a task of
 * its own, when a quick key may have opened the dialog again, which that late event leaves open.
 * `shown` runs once it is up; `closed` once it is down.
 */
export function useModalDialog(
  open: boolean,
  setOpen: (open: boolean) => void,
  handlers: { shown?(): void; closed?(): void } = {},
) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
      latest.current.shown?.();
    }
    if (!open && element.open) element.close();
  }, [open]);

  return {
    opener,
    dialogProps: {
      ref,
      onCancel: () => setOpen(false),
      onClose: () => {
        if (ref.current?.open) return;
        setOpen(false);
        latest.current.closed?.();
      },
    },
  };
}
