import { dayMs, formatDate, formatDateTime, parseDateTime } from '../clock';
import { ApiError } from '../http/apiError';

const minuteMs = 60_000;

const integrity = (message: string, fields: string[]) =>
  new ApiError(400, 'FIELD_INTEGRITY_EXCEPTION', message, fields);
const missing = (field: string) =>
  new ApiError(400, 'REQUIRED_FIELD_MISSING', `Required fields are missing: [${field}]`, [field]);

const time = (value: unknown) => (typeof value === 'string' ? parseDateTime(value) : undefined);
const int = (value: unknown) => (typeof value === 'number' ? value : undefined);

/**
 * An Event's times as Salesforce derives them (Event object reference): a timed event needs a
 * start and either DurationInMinutes or EndDateTime (both only if they agree); ActivityDateTime
 * is the start and ActivityDate its day. An all-day event runs from midnight UTC of ActivityDate
 * for whole days (one unless a duration or end says otherwise). `changed` decides which of
 * duration and end wins when an update moves only one of them.
 */
export function deriveEventTimes(
  row: Record<string, unknown>,
  changed: Record<string, unknown>,
): Record<string, unknown> {
  const allDay = row['IsAllDayEvent'] === true;
  const endGiven = 'EndDateTime' in changed || !('DurationInMinutes' in changed);
  const durationGiven = 'DurationInMinutes' in changed || !('EndDateTime' in changed);
  const movedBy = 'StartDateTime' in changed ? 'StartDateTime' : 'ActivityDateTime';
  const moved = movedBy in changed;
  const end =
    endGiven && !(moved && !('EndDateTime' in changed)) ? time(row['EndDateTime']) : undefined;
  const duration = durationGiven ? int(row['DurationInMinutes']) : undefined;

  if (allDay) {
    const startValue =
      moved || !row['ActivityDate']
        ? time(row[movedBy] ?? row['StartDateTime'])
        : Date.parse(`${String(row['ActivityDate'])}T00:00:00Z`);
    if (startValue === undefined || Number.isNaN(startValue)) throw missing('ActivityDate');
    const start = Math.floor(startValue / dayMs) * dayMs;
    const days =
      duration !== undefined
        ? Math.max(1, Math.round(duration / (24 * 60)))
        : end !== undefined
          ? Math.floor(end / dayMs) - start / dayMs + 1
          : 1;
    if (days < 1) throw integrity('End Date/Time: the end is before the start', ['EndDateTime']);
    return {
      StartDateTime: formatDateTime(start),
      EndDateTime: formatDateTime(start + (days - 1) * dayMs),
      ActivityDateTime: formatDateTime(start),
      ActivityDate: formatDate(start),
      DurationInMinutes: days * 24 * 60,
    };
  }

  const start = time(moved ? row[movedBy] : (row['StartDateTime'] ?? row['ActivityDateTime']));
  if (start === undefined) throw missing('StartDateTime');
  if (end !== undefined && duration !== undefined && end - start !== duration * minuteMs)
    throw integrity('EndDateTime and DurationInMinutes do not agree', [
      'EndDateTime',
      'DurationInMinutes',
    ]);
  if (end === undefined && duration === undefined) throw missing('DurationInMinutes');
  const finish = end ?? start + duration! * minuteMs;
  if (finish < start)
    throw integrity('End Date/Time: the end is before the start', ['EndDateTime']);
  return {
    StartDateTime: formatDateTime(start),
    EndDateTime: formatDateTime(finish),
    ActivityDateTime: formatDateTime(start),
    ActivityDate: formatDate(start),
    DurationInMinutes: Math.round((finish - start) / minuteMs),
  };
}
