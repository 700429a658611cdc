import type { EventWindow } from '../../../shared/ipc/syncSettings';

const dayChoices = [7, 14, 30, 60, 90, 180, 365];

const daysLabel = (days: number) => (days === 365 ? 'year' : `${days} days`);

/** The offered choices, and the saved value if another build saved one not offered here. */
const choicesWith = (value: number) => [...new Set([...dayChoices, value])].sort((a, b) => a - b);

/** Which of the rep's Events stay on this computer: whole days back and ahead of today. */
export function EventWindowFields(props: {
  window: EventWindow;
  onChange(next: EventWindow): void;
}) {
  const { window } = props;
  const select = (key: keyof EventWindow, label: string) => (
    <label className="inline-field">
      <span>{label}</span>
      <select
        value={window[key]}
        onChange={(event) => props.onChange({ ...window, [key]: Number(event.target.value) })}
      >
        {choicesWith(window[key]).map((days) => (
          <option key={days} value={days}>
            {daysLabel(days)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset className="choices event-window">
      <legend>Events on this computer</legend>
      {select('daysBack', 'From the past')}
      {select('daysAhead', 'Up to the next')}
    </fieldset>
  );
}
