import { isRealDay } from '../../../shared/periods';

/** A meeting form's times: the rep's own clock in the inputs, Salesforce's UTC in the record. */

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as a datetime-local input shows it, "2026-03-02T09:30", on the rep's clock. */
export function clockOf(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * An input's value as Salesforce takes it: a UTC instant, or the date of an all-day meeting.
 * What cannot be read goes as typed, for the form's checks to refuse in the rep's words.
 */
export function timeOf(value: string, allDay: boolean): string {
  if (allDay || value === '') return value.slice(0, 10);
  // Date would roll 30 February over into March; the day must be real first.
  const ms = isRealDay(value.slice(0, 10)) ? new Date(value).getTime() : Number.NaN;
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}
