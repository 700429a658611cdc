import { useEffect, useRef, useState } from 'react';
import type { SearchOutput } from '../../../shared/ipc/views';
import { api } from '../api';
import { pluralOf } from '../format';
import { activeConnection, useAppStore } from '../state/appStore';
import { openMeeting } from '../records/openMeeting';
import { Highlight } from './Highlight';

type Hit = SearchOutput['groups'][number]['hits'][number] & { object: string };

/** Ctrl/Cmd+K: the cache's search index across accounts, contacts, opportunities and leads. */
export function SearchPalette() {
  const open = useAppStore((s) => s.searchOpen);
  const setOpen = useAppStore((s) => s.setSearchOpen);
  const openAccount = useAppStore((s) => s.openAccount);
  const openPanel = useAppStore((s) => s.openPanel);
  const navigate = useAppStore((s) => s.navigate);
  const connected = !!activeConnection(useAppStore((s) => s.auth));
  const dialog = useRef<HTMLDialogElement>(null);
  const asked = useRef(0);
  const [query, setQuery] = useState('');
  const [groups, setGroups] = useState<SearchOutput['groups']>([]);
  const [error, setError] = useState<string>();
  const [active, setActive] = useState(0);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const search = (text: string) => {
    setQuery(text);
    setActive(0);
    const mine = ++asked.current;
    if (!connected || text.trim() === '') {
      setGroups([]);
      setError(undefined);
      return;
    }
    void api()
      .search.query({ text: text.slice(0, 200), perType: 6 })
      .then((result) => {
        if (mine !== asked.current) return;
        if (result.ok) {
          setGroups(result.value.groups);
          setError(undefined);
        } else setError(result.message);
      });
  };

  const hits: Hit[] = groups.flatMap((g) => g.hits.map((h) => ({ ...h, object: g.object })));
  const choose = (hit: Hit | undefined) => {
    if (!hit) return;
    setOpen(false);
    if (hit.object === 'Account') return openAccount(hit.id);
    if (hit.object === 'Event') return void openMeeting(hit.id);
    if (hit.object === 'Lead') navigate('leads');
    openPanel({ object: hit.object as 'Lead' | 'Contact' | 'Opportunity', id: hit.id });
  };
  const optionId = (index: number) => `search-hit-${index}`;
  let index = -1;

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
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls="search-results"
          aria-activedescendant={hits.length > 0 ? optionId(active) : undefined}
          autoFocus
          maxLength={200}
          placeholder="Search accounts, contacts, opportunities, leads"
          value={query}
          onChange={(event) => search(event.target.value)}
          onKeyDown={(event) => {
            // A search input swallows the first Escape to clear itself; the palette closes at once.
            if (event.key === 'Escape') {
              event.preventDefault();
              setOpen(false);
            } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              const step = event.key === 'ArrowDown' ? 1 : -1;
              setActive((a) => (hits.length ? (a + step + hits.length) % hits.length : 0));
            } else if (event.key === 'Enter') {
              event.preventDefault();
              choose(hits[active]);
            }
          }}
        />
      </label>
      {!connected ? (
        <p className="muted" role="status">
          Nothing to search yet: connect to Salesforce in Settings and your synced records will be
          searchable here, offline too.
        </p>
      ) : error ? (
        <p className="error-banner" role="alert">
          Search failed: {error}
        </p>
      ) : query.trim() && hits.length === 0 ? (
        <p className="muted" role="status">
          No matches for “{query}” on this computer.
        </p>
      ) : null}
      <div id="search-results" role="listbox" aria-label="Search results">
        {groups.map((group) => (
          <div key={group.object} role="group" aria-label={pluralOf[group.object] ?? group.object}>
            <p className="search-group" aria-hidden="true">
              {pluralOf[group.object] ?? group.object}
            </p>
            {group.hits.map((hit) => {
              index += 1;
              const mine = index;
              return (
                <div
                  key={hit.id}
                  id={optionId(mine)}
                  role="option"
                  aria-selected={mine === active}
                  className="search-hit"
                  onMouseMove={() => setActive(mine)}
                  onClick={() => choose({ ...hit, object: group.object })}
                >
                  <span className="search-title">
                    <Highlight text={hit.title} query={query} />
                  </span>
                  <span className="muted">
                    <Highlight text={hit.subtitle} query={query} />
                  </span>
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </dialog>
  );
}
