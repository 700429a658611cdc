import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../state/appStore';

/** The Ctrl/Cmd+K palette; results arrive once records are synced. */
export function SearchPalette() {
  const open = useAppStore((s) => s.searchOpen);
  const setOpen = useAppStore((s) => s.setSearchOpen);
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="search-palette"
      aria-label="Search"
      onClose={() => setOpen(false)}
      onClick={(event) => {
        if (event.target === event.currentTarget) setOpen(false);
      }}
    >
      <label className="search-field">
        <span className="visually-hidden">Search records</span>
        <input
          type="search"
          autoFocus
          placeholder="Search accounts, contacts, opportunities, leads"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            // A search input swallows the first Escape to clear itself; the palette closes at once.
            if (event.key === 'Escape') {
              event.preventDefault();
              setOpen(false);
            }
          }}
        />
      </label>
      <p className="muted" role="status">
        Nothing to search yet: connect to Salesforce in Settings and your synced records will be
        searchable here, offline too.
      </p>
    </dialog>
  );
}
