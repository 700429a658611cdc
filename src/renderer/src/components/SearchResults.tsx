import { money } from '../format';
import type { SearchHit } from '../../../shared/ipc/views';
import { Highlight } from './Highlight';

export type SearchEntry = SearchHit & { object: string };
export type SearchSection = { label: string; entries: SearchEntry[] };

export const optionId = (index: number) => `search-hit-${index}`;

/** What a hit says under its name: a deal's stage and amount, anything else its subtitle. */
export function hitDetail(entry: SearchHit, currency: string | null): string {
  if (!entry.deal) return entry.subtitle;
  const amount =
    entry.deal.amount === null ? '' : money(entry.deal.amount, entry.deal.currency ?? currency);
  return [entry.deal.stage, amount].filter(Boolean).join(' · ');
}

/** The palette's options, grouped; each says why it matched when its name does not. */
export function SearchResults(props: {
  sections: SearchSection[];
  query: string;
  active: number;
  currency: string | null;
  onActive(index: number): void;
  onChoose(entry: SearchEntry): void;
}) {
  let index = -1;
  return (
    <div id="search-results" role="listbox" aria-label="Search results">
      {props.sections.map((section) => (
        <div key={section.label} role="group" aria-label={section.label}>
          <p className="search-group" aria-hidden="true">
            {section.label}
          </p>
          {section.entries.map((entry) => {
            index += 1;
            const mine = index;
            return (
              <div
                key={entry.id}
                id={optionId(mine)}
                role="option"
                aria-selected={mine === props.active}
                className="search-hit"
                onMouseMove={() => props.onActive(mine)}
                onClick={() => props.onChoose(entry)}
              >
                <span className="search-title">
                  <span className="search-name">
                    <Highlight text={entry.title} query={props.query} />
                  </span>
                  {entry.matched ? (
                    <span className="search-matched">
                      {entry.matched.label}:{' '}
                      <Highlight text={entry.matched.value} query={props.query} />
                    </span>
                  ) : null}
                </span>
                <span className="muted search-detail">
                  <Highlight text={hitDetail(entry, props.currency)} query={props.query} />
                </span>
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
