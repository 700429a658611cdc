import type { MouseEvent } from 'react';
import { namedObjectOf } from '../../../shared/lookups';
import { useAppStore } from '../state/appStore';

/**
 * A lookup as its record's name, opening that record (an account's page, a lead's, contact's or
 * deal's panel); a user's name or a record Roadbook cannot open reads as text, one not synced
 * as "—". In a table row the link is the mouse's: the keyboard opens the row, then the lookup.
 */
export function LookupLink(props: { id: unknown; name: unknown; inRow?: boolean }) {
  const openPanel = useAppStore((s) => s.openPanel);
  const openAccount = useAppStore((s) => s.openAccount);
  if (typeof props.name !== 'string' || !props.name) return <>—</>;
  const object = typeof props.id === 'string' ? namedObjectOf(props.id) : null;
  if (!object || object === 'User') return <>{props.name}</>;
  const record = { object, id: props.id as string };
  function open(event: MouseEvent) {
    event.stopPropagation();
    if (record.object === 'Account') openAccount(record.id);
    else openPanel({ object: record.object, id: record.id });
  }
  return (
    <button
      type="button"
      className="link-button"
      tabIndex={props.inRow ? -1 : undefined}
      onClick={open}
    >
      {props.name}
    </button>
  );
}
