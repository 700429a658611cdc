import { useState } from 'react';
import { number } from '../format';

/** Pick any of a picklist's values (with how many records carry each); none picked = any. */
export function ChoiceFilter(props: {
  label: string;
  options: Array<{ value: string; count: number }>;
  chosen: string[];
  onChange(next: string[]): void;
}) {
  const [open, setOpen] = useState(false);
  const summary =
    props.chosen.length === 0
      ? 'any'
      : props.chosen.length === 1
        ? props.chosen[0] || 'none'
        : `${props.chosen.length} chosen`;
  return (
    <div className="popover-anchor">
      <button
        type="button"
        className="filter-button"
        aria-expanded={open}
        data-active={props.chosen.length > 0 ? 'true' : undefined}
        onClick={() => setOpen(!open)}
      >
        {props.label}: {summary}
      </button>
      {open ? (
        <fieldset
          className="popover"
          onKeyDown={(event) => {
            if (event.key === 'Escape') setOpen(false);
          }}
        >
          <legend>{props.label}</legend>
          {props.options.map((option) => (
            <label key={option.value} className="choice">
              <input
                type="checkbox"
                checked={props.chosen.includes(option.value)}
                onChange={(event) =>
                  props.onChange(
                    event.target.checked
                      ? [...props.chosen, option.value]
                      : props.chosen.filter((v) => v !== option.value),
                  )
                }
              />
              {option.value || '(none)'} <span className="muted">{number(option.count)}</span>
            </label>
          ))}
          <button type="button" className="link-button" onClick={() => props.onChange([])}>
            Clear
          </button>
        </fieldset>
      ) : null}
    </div>
  );
}
