import { useRef, useState } from 'react';
import { isRealDay } from '../../../shared/periods';
import { day } from '../format';

/**
 * A task's due date the rep can move. Chromium's date field reports a complete date after every
 * digit, so typing 2026-12-15 over 2026-12-05 passes through 2026-12-01: a typed date is kept
 * until Enter or leaving the field, and only a date picked from the calendar (no key down) is
 * kept at once. Escape puts the last kept date back. At rest the field reads as every other date
 * in the app ("Nov 5, 2026"); the browser's own digits show only while it has the focus.
 */
export function DueDateInput(props: {
  label: string;
  saved: string | null;
  focusKey: string;
  onChoose(day: string): void;
}) {
  const keyDown = useRef(false);
  // The date last kept: a blur after a picked date must not keep it twice.
  const kept = useRef(props.saved ?? '');
  const [shown, setShown] = useState(kept.current);
  const keep = (input: HTMLInputElement) => {
    const chosen = input.value;
    if (!isRealDay(chosen)) input.value = kept.current;
    else if (chosen !== kept.current) {
      kept.current = chosen;
      setShown(chosen);
      props.onChoose(chosen);
    }
  };
  return (
    <span className="due-date">
      <input
        type="date"
        className="task-due"
        aria-label={props.label}
        data-focus-key={props.focusKey}
        defaultValue={props.saved ?? ''}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            keep(event.currentTarget);
          } else if (event.key === 'Escape') {
            // Only when there is something to put back: otherwise Escape means what it does around.
            if (event.currentTarget.value === kept.current) return;
            event.preventDefault();
            event.stopPropagation();
            event.currentTarget.value = kept.current;
          } else keyDown.current = true;
        }}
        onKeyUp={() => {
          keyDown.current = false;
        }}
        onFocus={() => {
          keyDown.current = false;
        }}
        onChange={(event) => {
          if (!keyDown.current) keep(event.currentTarget);
        }}
        onBlur={(event) => keep(event.currentTarget)}
      />
      <span className="due-date-shown" aria-hidden="true">
        {shown ? day(shown) : 'No due date'}
      </span>
    </span>
  );
}
