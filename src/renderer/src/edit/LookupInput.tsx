import { useState, type KeyboardEvent } from 'react';
import type { NamedObject } from '../../../shared/lookups';
import { api } from '../api';
import { useIpc } from '../data/useIpc';
import type { InputProps } from './inputProps';
import './lookupInput.css';

const nouns: Record<NamedObject, string> = {
  Account: 'accounts',
  Contact: 'contacts',
  User: 'users',
  Opportunity: 'deals',
  Lead: 'leads',
};

/**
 * A lookup in a form: the rep types part of a name and picks one of the cached records that hold
 * it (arrows and Enter, or the mouse); Escape puts back the name it had. The form holds the id.
 * Emptying the box clears the lookup.
 */
export function LookupInput(props: {
  object: NamedObject;
  input: InputProps;
  /** The name of the record the lookup points at now, if synced. */
  name: string | null;
}) {
  const { input } = props;
  const { onChange, ...common } = input;
  const [shownName, setShownName] = useState(props.name ?? '');
  const [text, setText] = useState(shownName);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Nothing is asked until the rep opens the list: a form may hold several lookups.
  const found = useIpc(
    () =>
      open
        ? api().records.lookupChoices({ object: props.object, text })
        : Promise.resolve({ ok: true as const, value: { choices: [] } }),
    [props.object, open, text],
  );
  const choices = open ? (found.data?.choices ?? []) : [];
  const listId = `${input.id}-choices`;
  const optionId = (i: number) => `${input.id}-choice-${i}`;

  function pick(index: number) {
    const choice = choices[index];
    if (!choice) return;
    onChange(choice.id);
    setShownName(choice.name);
    setText(choice.name);
    setOpen(false);
  }

  function key(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => Math.max(0, Math.min(choices.length - 1, a + step)));
    } else if (event.key === 'Enter' && open) {
      // Enter in an open list picks (once the matches for what was typed are in), never submits.
      event.preventDefault();
      if (!found.loading) pick(active);
    } else if (event.key === 'Escape' && open) {
      // The form's own Escape (cancel) waits until the list is closed.
      event.stopPropagation();
      setText(shownName);
      setOpen(false);
    }
  }

  return (
    <div className="lookup-input">
      <input
        {...common}
        value={text}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && choices.length ? optionId(active) : undefined}
        placeholder={`Search ${nouns[props.object]}`}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
          if (e.target.value.trim() === '') {
            onChange('');
            setShownName('');
          }
        }}
        onKeyDown={key}
        onBlur={() => {
          setOpen(false);
          setText(shownName);
        }}
      />
      <ul id={listId} role="listbox" aria-label={`Matching ${nouns[props.object]}`} hidden={!open}>
        {choices.map((choice, i) => (
          <li
            key={choice.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            // Picking with the mouse must not blur the box first, which would close the list.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(i)}
          >
            {choice.name}
            {choice.detail ? <span className="lookup-detail"> · {choice.detail}</span> : null}
          </li>
        ))}
        {open && !found.loading && choices.length === 0 ? (
          <li className="lookup-none" role="option" aria-selected={false} aria-disabled="true">
            No synced {nouns[props.object]} match
          </li>
        ) : null}
      </ul>
    </div>
  );
}
