import { useMemo, useRef, useState } from 'react';
import { pluralOf } from '../format';
import { useCurrency } from '../records/useCurrency';
import { activeConnection, useAppStore } from '../state/appStore';
import { openMeeting } from '../records/openMeeting';
import { recentRecords } from '../state/recentRecords';
import { StillLoading } from './StillLoading';
import { optionId, SearchResults, type SearchEntry, type SearchSection } from './SearchResults';
import { useModalDialog } from './useModalDialog';
import { useSearch } from './useSearch';
import './search.css';

const nounOf: Record<string, string> = {
  Account: 'Account',
  Contact: 'Contact',
  Opportunity: 'Opportunity',
  Lead: 'Lead',
};

/**
 * Ctrl/Cmd+K: the cache's search index across accounts, contacts, opportunities and leads. It
 * opens with the last search selected (typing replaces it) and, before any, the records the rep
 * opened lately.
 */
export function SearchPalette() {
  const open = useAppStore((s) => s.searchOpen);
  const setOpen = useAppStore((s) => s.setSearchOpen);
  const openAccount = useAppStore((s) => s.openAccount);
  const openPanel = useAppStore((s) => s.openPanel);
  const navigate = useAppStore((s) => s.navigate);
  const showResults = useAppStore((s) => s.showResults);
  const connection = activeConnection(useAppStore((s) => s.auth));
  const currency = useCurrency();
  const input = useRef<HTMLInputElement>(null);
  const found = useSearch(!!connection);
  const [active, setActive] = useState(0);
  // `opener`, where search was opened from: a record or the results page opened from it gives
  // the focus back there.
  const { opener, dialogProps } = useModalDialog(open, setOpen, {
    shown: () => input.current?.select(),
  });

  const key = connection?.key;
  const recent = useMemo(() => (open && key ? recentRecords(key) : []), [open, key]);
  const typed = found.query.trim() !== '';
  const sections: SearchSection[] = typed
    ? found.groups.map((g) => ({
        label: pluralOf[g.object] ?? g.object,
        entries: g.hits.map((h) => ({ ...h, object: g.object })),
      }))
    : recent.length > 0
      ? [
          {
            label: 'Recent records',
            entries: recent.map((r) => ({
              object: r.object,
              id: r.id,
              title: r.name,
              subtitle: nounOf[r.object] ?? r.object,
            })),
          },
        ]
      : [];
  const entries = sections.flatMap((s) => s.entries);
  const hasMore = typed && found.groups.some((g) => g.more);

  const choose = (entry: SearchEntry | undefined) => {
    if (!entry) return;
    // Focus back where search was opened from before the record opens: the panel takes that
    // as its opener and gives the focus back there as it closes, not to a palette now hidden.
    dialogProps.ref.current?.close();
    if (opener.current?.isConnected) opener.current.focus();
    setOpen(false);
    if (entry.object === 'Account') return openAccount(entry.id);
    if (entry.object === 'Event') return void openMeeting(entry.id);
    if (entry.object === 'Lead') navigate('leads');
    openPanel({ object: entry.object as 'Lead' | 'Contact' | 'Opportunity', id: entry.id });
  };

  return (
    <dialog
      {...dialogProps}
      className="search-palette"
      aria-label="Search"
      onClick={(event) => {
        if (event.target === event.currentTarget) setOpen(false);
      }}
    >
      <label className="search-field">
        <span className="visually-hidden">Search records</span>
        <input
          ref={input}
          type="search"
          role="combobox"
          aria-expanded={entries.length > 0}
          aria-controls="search-results"
          aria-activedescendant={entries.length > 0 ? optionId(active) : undefined}
          autoFocus
          maxLength={200}
          placeholder="Search accounts, contacts, opportunities, leads"
          value={found.query}
          onChange={(event) => {
            setActive(0);
            found.search(event.target.value);
          }}
          onKeyDown={(event) => {
            // A search input swallows the first Escape to clear itself; the palette closes at once.
            if (event.key === 'Escape') {
              event.preventDefault();
              setOpen(false);
            } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              const step = event.key === 'ArrowDown' ? 1 : -1;
              setActive((a) => (entries.length ? (a + step + entries.length) % entries.length : 0));
            } else if (event.key === 'Enter') {
              event.preventDefault();
              if (found.answered) return choose(entries[active]);
              // Typed faster than the search answers: the first match for what is typed now,
              // not the one the older answer on screen puts first.
              void found.answer().then((groups) => {
                const first = groups?.find((g) => g.hits.length > 0);
                // Unless the rep closed search meanwhile.
                if (first && useAppStore.getState().searchOpen)
                  choose({ ...first.hits[0]!, object: first.object });
              });
            }
          }}
        />
      </label>
      {!connection ? (
        <p className="muted" role="status">
          Nothing to search yet: connect to Salesforce in Settings and your synced records will be
          searchable here, offline too.
        </p>
      ) : found.error ? (
        <p className="error-banner" role="alert">
          Search failed: {found.error}
        </p>
      ) : typed && entries.length === 0 ? (
        <p className="muted" role="status">
          No matches for “{found.query}” on this computer.
        </p>
      ) : null}
      {typed ? <StillLoading objects={found.loading} /> : null}
      <SearchResults
        sections={sections}
        query={typed ? found.query : ''}
        active={active}
        currency={currency}
        onActive={setActive}
        onChoose={choose}
      />
      {hasMore ? (
        <div className="search-footer">
          <button
            type="button"
            className="link-button"
            onClick={() => showResults(found.query.trim(), opener.current)}
          >
            Show all results
          </button>
        </div>
      ) : null}
    </dialog>
  );
}
