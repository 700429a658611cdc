import { useState, type ReactNode } from 'react';

export type CheckOption = {
  value: string;
  /** What the rep reads and what the search box matches. */
  text: string;
  /** Shown at the right, such as how many records carry the value. */
  aside?: ReactNode;
  checked: boolean;
  disabled?: boolean;
};

const searchableFrom = 9;

/** Checkboxes in a menu; a long list gets a box that narrows it as the rep types. */
export function CheckList(props: {
  label: string;
  options: CheckOption[];
  onToggle(value: string, checked: boolean): void;
}) {
  const [query, setQuery] = useState('');
  const wanted = query.trim().toLowerCase();
  const shown = wanted
    ? props.options.filter((o) => o.text.toLowerCase().includes(wanted))
    : props.options;
  return (
    <>
      {props.options.length >= searchableFrom ? (
        <input
          type="search"
          className="menu-search"
          aria-label={`Search ${props.label}`}
          placeholder="Search…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      ) : null}
      <div className="menu-list" role="group" aria-label={props.label}>
        {shown.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="checkbox"
              checked={option.checked}
              disabled={option.disabled}
              onChange={(e) => props.onToggle(option.value, e.target.checked)}
            />
            <span className="choice-text">{option.text}</span>
            {option.aside !== undefined ? (
              <span className="choice-aside">{option.aside}</span>
            ) : null}
          </label>
        ))}
        {shown.length === 0 ? <p className="muted menu-empty">Nothing matches “{query}”.</p> : null}
      </div>
    </>
  );
}
