import { useEffect, useRef, type KeyboardEvent } from 'react';
import { focusBack, focusLost } from '../components/focusBack';
import { Highlight } from '../components/Highlight';
import { LoadError, Loading } from '../components/Loading';
import { hitDetail } from '../components/SearchResults';
import { resultsPage, useAllResults, type KindResults } from '../components/useAllResults';
import { number, pluralOf } from '../format';
import { openMeeting } from '../records/openMeeting';
import { useCurrency } from '../records/useCurrency';
import { useAppStore } from '../state/appStore';
import { views } from '../state/views';
import './searchResultsView.css';

const keyOf = (object: string, id: string) => `${object}:${id}`;
const moveKeys: Record<string, number> = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1 };

/**
 * "Show all results": every record on this computer matching the search, per kind with its
 * count, a page at a time. Up/Down (J/K) move between hits, Enter opens one (a lead, contact or
 * deal beside the list, which takes focus back when it closes); Escape or Back returns to the
 * view search was opened from, focus where it was.
 */
export function SearchResultsView(props: { query: string; returnTo: HTMLElement | null }) {
  const { kinds, error, more } = useAllResults(props.query);
  const currency = useCurrency();
  const from = useAppStore((s) => views.find((v) => v.id === s.view)?.label ?? 'Home');
  const closeResults = useAppStore((s) => s.closeResults);
  const openAccount = useAppStore((s) => s.openAccount);
  const openPanel = useAppStore((s) => s.openPanel);
  const panel = useAppStore((s) => s.panel);
  const page = useRef<HTMLDivElement>(null);
  const goingBack = useRef(false);
  const opened = useRef<string>(undefined);
  const hitButton = (key: string) =>
    page.current?.querySelector<HTMLButtonElement>(`[data-key="${CSS.escape(key)}"]`);

  const loaded = kinds !== undefined;
  useEffect(() => {
    if (loaded) page.current?.querySelector<HTMLButtonElement>('.result-hit')?.focus();
  }, [loaded]);

  // The view underneath shows again once this page is gone; only then can it take focus.
  const { returnTo } = props;
  useEffect(
    () => () => {
      if (goingBack.current) focusBack(returnTo);
    },
    [returnTo],
  );

  useEffect(() => {
    if (panel) return;
    if (opened.current && focusLost()) hitButton(opened.current)?.focus();
    opened.current = undefined;
  }, [panel]);

  const back = () => {
    goingBack.current = true;
    closeResults();
  };

  const open = (object: string, id: string) => {
    if (object === 'Account') return openAccount(id);
    if (object === 'Event') return void openMeeting(id);
    opened.current = keyOf(object, id);
    openPanel({ object: object as 'Lead' | 'Contact' | 'Opportunity', id });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      return back();
    }
    const step = moveKeys[event.key];
    if (!step || event.ctrlKey || event.metaKey || event.altKey) return;
    const hits = [...(page.current?.querySelectorAll<HTMLButtonElement>('.result-hit') ?? [])];
    const at = hits.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    event.preventDefault();
    hits[Math.max(0, Math.min(hits.length - 1, at + step))]?.focus();
  };

  return (
    <div ref={page} className="all-results" onKeyDown={onKeyDown}>
      <div className="all-results-top">
        <button type="button" className="link-button" onClick={back}>
          ← Back to {from}
        </button>
        <p className="muted" role="status">
          {kinds
            ? `${number(kinds.reduce((n, k) => n + k.total, 0))} records match “${props.query}”`
            : ''}
        </p>
      </div>
      {error ? (
        <LoadError what="the search results" message={error} />
      ) : !kinds ? (
        <Loading what="the search results" />
      ) : kinds.length === 0 ? (
        <p className="muted">No records on this computer match “{props.query}”.</p>
      ) : (
        kinds.map((kind) => (
          <KindSection
            key={kind.object}
            kind={kind}
            query={props.query}
            currency={currency}
            onOpen={open}
            onMore={() => more(kind)}
          />
        ))
      )}
    </div>
  );
}

function KindSection(props: {
  kind: KindResults;
  query: string;
  currency: string | null;
  onOpen(object: string, id: string): void;
  onMore(): void;
}) {
  const { kind } = props;
  const label = pluralOf[kind.object] ?? kind.object;
  const left = kind.total - kind.hits.length;
  const section = useRef<HTMLElement>(null);
  // After "Show more", focus goes to the first hit it added: the button may be gone.
  const firstNew = useRef<number>(undefined);
  const shown = kind.hits.length;
  useEffect(() => {
    if (firstNew.current === undefined || shown <= firstNew.current) return;
    section.current?.querySelectorAll<HTMLButtonElement>('.result-hit')[firstNew.current]?.focus();
    firstNew.current = undefined;
  }, [shown]);
  return (
    <section ref={section} className="result-kind" aria-label={label}>
      <h2>
        {label} <span className="result-count">{number(kind.total)}</span>
      </h2>
      <ul className="result-list">
        {kind.hits.map((hit) => (
          <li key={hit.id}>
            <button
              type="button"
              className="result-hit"
              data-key={keyOf(kind.object, hit.id)}
              onClick={() => props.onOpen(kind.object, hit.id)}
            >
              <span className="result-name">
                <Highlight text={hit.title} query={props.query} />
              </span>
              {hit.matched ? (
                <span className="result-matched">
                  {hit.matched.label}: <Highlight text={hit.matched.value} query={props.query} />
                </span>
              ) : null}
              <span className="result-detail muted">{hitDetail(hit, props.currency)}</span>
            </button>
          </li>
        ))}
      </ul>
      {left > 0 ? (
        <p className="result-more">
          <span className="muted">
            {number(kind.hits.length)} of {number(kind.total)} shown
          </span>
          <button
            type="button"
            className="button secondary small"
            onClick={() => {
              firstNew.current = shown;
              props.onMore();
            }}
          >
            Show {number(Math.min(left, resultsPage))} more {label.toLowerCase()}
          </button>
        </p>
      ) : null}
    </section>
  );
}
