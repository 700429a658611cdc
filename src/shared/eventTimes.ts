import { isRealDay } from './periods';

type Value = string | number | boolean | null;
type Values = Record<string, unknown>;

/** An Event's changes as Salesforce takes them, or what is wrong with them, field by field. */
export type EventTimes =
  { ok: true; values: Record<string, Value> } | { ok: false; errors: Record<string, string> };

const labels: Record<string, string> = { StartDateTime: 'Start', EndDateTime: 'End' };
const timeFields = ['StartDateTime', 'EndDateTime'] as const;

const blank = (value: unknown) => value === null || value === undefined || value === '';

/** A date and time with its zone (ISO 8601, or Salesforce's "+0000" form), as epoch ms. */
function parseDateTime(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/.exec(
    value,
  );
  if (!match || !isRealDay(value.slice(0, 10))) return undefined;
  const ms = Date.parse(value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return Number.isNaN(ms) ? undefined : ms;
}

/** Salesforce's form of a UTC time: "2026-03-02T09:00:00.000+0000", which sorts as text. */
const salesforceTime = (ms: number) => new Date(ms).toISOString().replace(/Z$/, '+0000');

/**
 * The checks an Event's form makes before anything is queued: a subject; a timed event has a
 * start and an end as dates and times, an all-day event takes dates (kept as midnight UTC, as
 * Salesforce keeps them); the end is not before the start. `current` is the cached record (null
 * for a new one): moving only the start moves the end with it, as Salesforce does.
 */
export function eventTimes(current: Values | null, changes: Record<string, Value>): EventTimes {
  const errors: Record<string, string> = {};
  const values: Record<string, Value> = { ...changes };
  if ((current === null || 'Subject' in changes) && blank(changes['Subject']))
    errors['Subject'] = 'Subject is required.';
  const allDay = (changes['IsAllDayEvent'] ?? current?.['IsAllDayEvent']) === true;
  const times: Partial<Record<(typeof timeFields)[number], number>> = {};
  for (const field of timeFields) {
    if (!(field in changes)) continue;
    const value = changes[field];
    if (blank(value)) {
      errors[field] = `${labels[field]} is required.`;
    } else if (allDay) {
      if (typeof value === 'string' && isRealDay(value)) times[field] = Date.parse(`${value}Z`);
      else errors[field] = `${labels[field]} must be a date for an all-day event.`;
    } else {
      const ms = parseDateTime(value);
      if (ms === undefined) errors[field] = `${labels[field]} must be a date and time.`;
      else times[field] = ms;
    }
    if (times[field] !== undefined) values[field] = salesforceTime(times[field]);
  }
  const becameAllDay = changes['IsAllDayEvent'] === true && current?.['IsAllDayEvent'] !== true;
  if ((current === null || becameAllDay) && !('StartDateTime' in changes))
    errors['StartDateTime'] = allDay
      ? 'Start must be a date for an all-day event.'
      : 'Start is required.';
  if (current === null && !allDay && !('EndDateTime' in changes))
    errors['EndDateTime'] = 'End is required.';
  if (Object.keys(errors).length) return { ok: false, errors };

  const before = {
    start: parseDateTime(current?.['StartDateTime']),
    end: parseDateTime(current?.['EndDateTime']),
  };
  const start = times.StartDateTime ?? before.start;
  const end =
    times.EndDateTime ??
    (times.StartDateTime !== undefined && before.start !== undefined && before.end !== undefined
      ? times.StartDateTime + (before.end - before.start)
      : (before.end ?? (allDay ? start : undefined)));
  if (start !== undefined && end !== undefined && end < start)
    return { ok: false, errors: { EndDateTime: 'End must not be before Start.' } };
  return { ok: true, values };
}
